package org.aiaas.sim.engine;

/**
 * One request in the system. Mutable and package-private: the engine owns it from arrival to
 * completion or loss, and statistics keep only numbers, so memory stays constant in the number of
 * requests.
 */
final class Job {

	final long sequence;
	final int workload;
	final double arrival;
	final double size;
	/** The size schedulers order by: the true size, or a prediction. */
	final double estimatedSize;
	final double deadlineAt;
	final int priority;
	final boolean measured;
	double remaining;
	double firstStart = -1;

	Job(long sequence, int workload, double arrival, double size, double estimatedSize, double deadlineAt, int priority,
			boolean measured) {
		this.sequence = sequence;
		this.workload = workload;
		this.arrival = arrival;
		this.size = size;
		this.estimatedSize = estimatedSize;
		this.remaining = size;
		this.deadlineAt = deadlineAt;
		this.priority = priority;
		this.measured = measured;
	}

	/** The estimated work left: the estimate less the service received so far, never below zero. */
	double estimatedRemaining(double remainingNow) {
		return Math.max(0, estimatedSize - (size - remainingNow));
	}

	boolean hasStarted() {
		return firstStart >= 0;
	}
}
