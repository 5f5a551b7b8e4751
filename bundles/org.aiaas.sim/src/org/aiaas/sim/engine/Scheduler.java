package org.aiaas.sim.engine;

/**
 * The queueing discipline of one node: which waiting request is served next, whether an arrival
 * preempts a request in service, and how long a request keeps a slot before the discipline
 * decides again. One class per discipline (see the schedulers package).
 */
interface Scheduler {

	/** Puts a request (new or preempted) among the waiting ones. */
	void add(Job job);

	/** Removes and returns the request to serve next, or null when none waits. */
	Job poll();

	/** The request {@link #poll} would return, left in place; null when none waits. */
	Job peek();

	/** Requests waiting (not in service). */
	int size();

	/** Whether an arrival may take a busy slot ({@link #victim} is consulted only then). */
	default boolean preempts() {
		return false;
	}

	/**
	 * The slot whose request the arriving one should preempt when every slot is busy, or −1 (the
	 * default: no preemption).
	 *
	 * @param inService the requests in service, one per slot (never null here: all slots busy)
	 * @param remaining their remaining work as of now
	 */
	default int victim(Job arriving, Job[] inService, double[] remaining) {
		return -1;
	}

	/** The work a request gets before the discipline decides again; all of it unless time-sliced. */
	default double burst(Job job) {
		return job.remaining;
	}

	/** Time lost at the start of every burst (context switch), 0 unless configured. */
	default double switchCost() {
		return 0;
	}
}
