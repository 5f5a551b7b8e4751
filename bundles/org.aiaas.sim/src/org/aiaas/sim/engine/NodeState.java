package org.aiaas.sim.engine;

import org.aiaas.sim.stats.TimeWeighted;

/** The live state of one node during a replication: its slots, its queue and their time averages. */
final class NodeState {

	final Plan.NodePlan plan;
	final Scheduler scheduler;
	final Job[] inService;
	/** When the current burst on a slot starts making progress (after any switch cost). */
	final double[] progressStart;
	/** Work the current burst on a slot will do if not preempted. */
	final double[] burstWork;
	/** Bumped on preemption, so the slot's pending completion event is recognised as stale. */
	final int[] version;
	private final int[] freeSlots;
	private int freeCount;
	final TimeWeighted busy;
	final TimeWeighted queueLength;
	final boolean preemptive;

	NodeState(Plan.NodePlan plan, Scheduler scheduler) {
		this.plan = plan;
		this.scheduler = scheduler;
		int slots = plan.slots();
		this.inService = new Job[slots];
		this.progressStart = new double[slots];
		this.burstWork = new double[slots];
		this.version = new int[slots];
		this.freeSlots = new int[slots];
		for (int slot = 0; slot < slots; slot++) {
			freeSlots[slot] = slots - 1 - slot;
		}
		this.freeCount = slots;
		this.busy = new TimeWeighted(0, 0);
		this.queueLength = new TimeWeighted(0, 0);
		this.preemptive = scheduler.preempts();
	}

	/** Requests in service or waiting. */
	int inSystem() {
		return plan.slots() - freeCount + scheduler.size();
	}

	boolean hasFreeSlot() {
		return freeCount > 0;
	}

	/** Takes the lowest-numbered free slot. */
	int takeFreeSlot(double now) {
		int slot = freeSlots[--freeCount];
		busy.set(now, plan.slots() - freeCount);
		return slot;
	}

	void releaseSlot(int slot, double now) {
		inService[slot] = null;
		freeSlots[freeCount++] = slot;
		busy.set(now, plan.slots() - freeCount);
	}

	/** The work still to do for each request in service, as of {@code now}. */
	double[] remainingNow(double now) {
		double[] remaining = new double[inService.length];
		for (int slot = 0; slot < inService.length; slot++) {
			// a slot held by a training job has no request: nothing to preempt there
			remaining[slot] = inService[slot] == null ? 0 : inService[slot].remaining - progress(slot, now);
		}
		return remaining;
	}

	/** Work done on the slot's current burst by {@code now}. */
	double progress(int slot, double now) {
		return Math.min(burstWork[slot], Math.max(0, now - progressStart[slot]));
	}

	void queueChanged(double now) {
		queueLength.set(now, scheduler.size());
	}

	/** For a node whose requests wait elsewhere (its dynamic batcher). */
	void queueChanged(double now, int waiting) {
		queueLength.set(now, waiting);
	}
}
