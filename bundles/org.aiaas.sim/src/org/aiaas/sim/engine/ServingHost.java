package org.aiaas.sim.engine;

/**
 * What a serving discipline with its own queue ({@link LlmServingNode}, {@link DynamicBatcher})
 * needs from the replication that hosts it: the statistics and the way on after service.
 */
interface ServingHost {

	/** The request's first start of service: its waiting time ends. */
	void started(Job job, double now);

	void lost(Job job, LossCause cause);

	/** Served: on to the device, or done. */
	void finished(Job job, double now);
}
