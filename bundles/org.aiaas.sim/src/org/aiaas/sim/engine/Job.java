package org.aiaas.sim.engine;

/**
 * One request in the system. Mutable and package-private: the engine owns it from the moment it
 * is sent until it completes or is lost, and statistics keep only numbers, so memory stays
 * constant in the number of requests.
 */
final class Job {

	final long sequence;
	final int workload;
	/** When the request was sent (by the device, or at the node for workloads that arrive there). */
	final double sent;
	final double deadlineAt;
	final int priority;
	final boolean measured;
	/** The device of its group that sent it, −1 for workloads that arrive at a node. */
	final int device;
	/** Where it is served; set by placement. */
	int node = -1;
	/** When it joined the node's queue. */
	double arrival;
	/** Its service demand at that node, in seconds; set when it reaches the node. */
	double size;
	/** The size schedulers order by: the true size, or a prediction. */
	double estimatedSize;
	double remaining;
	double firstStart = -1;
	/** Its token state when it is served by an LLM engine ({@link LlmServingNode}), else null. */
	LlmSequence llm;

	Job(long sequence, int workload, double sent, double deadlineAt, int priority, boolean measured, int device) {
		this.sequence = sequence;
		this.workload = workload;
		this.sent = sent;
		this.deadlineAt = deadlineAt;
		this.priority = priority;
		this.measured = measured;
		this.device = device;
	}

	/** The request reaches its node at {@code now} with this much work. */
	void arriveAtNode(int nodeIndex, double now, double serviceSeconds, double estimate) {
		this.node = nodeIndex;
		this.arrival = now;
		this.size = serviceSeconds;
		this.remaining = serviceSeconds;
		this.estimatedSize = estimate;
	}

	/** The estimated work left: the estimate less the service received so far, never below zero. */
	double estimatedRemaining(double remainingNow) {
		return Math.max(0, estimatedSize - (size - remainingNow));
	}

	boolean hasStarted() {
		return firstStart >= 0;
	}
}
