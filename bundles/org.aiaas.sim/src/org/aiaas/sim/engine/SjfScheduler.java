package org.aiaas.sim.engine;

/** Shortest job first, non-preemptive, by the request's estimated size (true or predicted: {@link SizeEstimator}). */
final class SjfScheduler extends OrderedScheduler {

	SjfScheduler() {
		super(false);
	}

	@Override
	double key(Job job, double remaining) {
		return job.estimatedSize;
	}
}
