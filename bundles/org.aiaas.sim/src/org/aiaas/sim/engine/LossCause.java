package org.aiaas.sim.engine;

/** Why a request was not served; the key is what results.json calls it. */
enum LossCause {
	/** The node's waiting room was full. */
	QUEUE("queue"),
	/** It could no longer finish by its deadline when it would have started. */
	DEADLINE("deadline"),
	/** It does not fit in the accelerator memory of the node it was sent to. */
	MEMORY("memory"),
	/** Its device is out of radio coverage (below the lowest CQI). */
	RADIO("radio"),
	/** A link on its way to or from the serving node lost the request or its result ('loss'). */
	NETWORK("network");

	final String key;

	LossCause(String key) {
		this.key = key;
	}
}
