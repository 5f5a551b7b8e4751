package org.aiaas.sim.engine;

import java.util.ArrayDeque;

/** First come, first served: arrival order, never preempts. */
final class FcfsScheduler implements Scheduler {

	private final ArrayDeque<Job> waiting = new ArrayDeque<>();

	@Override
	public void add(Job job) {
		waiting.addLast(job);
	}

	@Override
	public Job poll() {
		return waiting.pollFirst();
	}

	@Override
	public int size() {
		return waiting.size();
	}
}
