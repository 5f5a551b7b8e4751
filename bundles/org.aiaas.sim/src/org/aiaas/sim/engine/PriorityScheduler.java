package org.aiaas.sim.engine;

/** Priority classes: class 0 first; within a class, arrival order. Preemptive if configured. */
final class PriorityScheduler extends OrderedScheduler {

	PriorityScheduler(boolean preemptive) {
		super(preemptive);
	}

	@Override
	double key(Job job, double remaining) {
		return job.priority;
	}
}
