package org.aiaas.sim.engine;

import java.util.Arrays;

/**
 * Requests between two network stages, so that an event (which carries only integers) can name
 * one: put returns an index, take gives the request back and frees the index for reuse.
 */
final class TransitTable {

	private Job[] jobs = new Job[64];
	private int[] free = new int[64];
	private int freeCount;
	private int used;

	int put(Job job) {
		int index;
		if (freeCount > 0) {
			index = free[--freeCount];
		} else {
			if (used == jobs.length) {
				jobs = Arrays.copyOf(jobs, jobs.length * 2);
				free = Arrays.copyOf(free, free.length * 2);
			}
			index = used++;
		}
		jobs[index] = job;
		return index;
	}

	Job take(int index) {
		Job job = jobs[index];
		jobs[index] = null;
		free[freeCount++] = index;
		return job;
	}
}
