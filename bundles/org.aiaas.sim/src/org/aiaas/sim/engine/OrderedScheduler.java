package org.aiaas.sim.engine;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Base of the disciplines that serve the waiting request with the smallest key first (size,
 * remaining work, priority class, deadline), arrival order breaking ties so runs are
 * deterministic. Subclasses that preempt choose a victim with the same key.
 */
abstract class OrderedScheduler implements Scheduler {

	private final PriorityQueue<Job> waiting;
	private final boolean preemptive;

	OrderedScheduler(boolean preemptive) {
		this.preemptive = preemptive;
		Comparator<Job> byKey = Comparator.comparingDouble(this::key);
		this.waiting = new PriorityQueue<>(byKey.thenComparingLong(job -> job.sequence));
	}

	/** Smaller is served first. For a request in service, {@code remaining} is its work left now. */
	abstract double key(Job job, double remaining);

	private double key(Job job) {
		return key(job, job.remaining);
	}

	@Override
	public void add(Job job) {
		waiting.add(job);
	}

	@Override
	public Job poll() {
		return waiting.poll();
	}

	@Override
	public Job peek() {
		return waiting.peek();
	}

	@Override
	public int size() {
		return waiting.size();
	}

	@Override
	public boolean preempts() {
		return preemptive;
	}

	/** The in-service request with the largest key, if the arriving one's key is strictly smaller. */
	@Override
	public int victim(Job arriving, Job[] inService, double[] remaining) {
		if (!preemptive) {
			return -1;
		}
		int worst = -1;
		double worstKey = key(arriving);
		for (int slot = 0; slot < inService.length; slot++) {
			if (inService[slot] == null) {
				continue; // held by a training job, which inference never preempts
			}
			double k = key(inService[slot], remaining[slot]);
			if (k > worstKey) {
				worst = slot;
				worstKey = k;
			}
		}
		return worst;
	}
}
