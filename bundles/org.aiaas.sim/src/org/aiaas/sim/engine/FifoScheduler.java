package org.aiaas.sim.engine;

import java.util.ArrayDeque;

/** Base of the disciplines that keep waiting requests in arrival (or return) order. */
abstract class FifoScheduler implements Scheduler {

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
	public Job peek() {
		return waiting.peekFirst();
	}

	@Override
	public int size() {
		return waiting.size();
	}
}
