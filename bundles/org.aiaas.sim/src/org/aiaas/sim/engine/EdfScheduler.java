package org.aiaas.sim.engine;

/** Earliest deadline first; requests without a deadline come last. Preemptive if configured. */
final class EdfScheduler extends OrderedScheduler {

	EdfScheduler(boolean preemptive) {
		super(preemptive);
	}

	@Override
	double key(Job job, double remaining) {
		return job.deadlineAt;
	}
}
