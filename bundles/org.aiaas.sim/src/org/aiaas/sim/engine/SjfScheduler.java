package org.aiaas.sim.engine;

/** Shortest job first, non-preemptive, by the request's size (declared, or predicted by an oracle). */
final class SjfScheduler extends OrderedScheduler {

	SjfScheduler() {
		super(false);
	}

	@Override
	double key(Job job, double remaining) {
		return job.size;
	}
}
