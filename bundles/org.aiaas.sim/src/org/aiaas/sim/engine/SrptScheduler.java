package org.aiaas.sim.engine;

/**
 * Shortest remaining processing time: preemptive; an arrival smaller than a running request's rest
 * takes its slot. Remaining work is estimated: the estimated size less the service received.
 */
final class SrptScheduler extends OrderedScheduler {

	SrptScheduler() {
		super(true);
	}

	@Override
	double key(Job job, double remaining) {
		return job.estimatedRemaining(remaining);
	}
}
