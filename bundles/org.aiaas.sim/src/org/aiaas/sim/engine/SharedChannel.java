package org.aiaas.sim.engine;

import java.util.Arrays;

/**
 * A radio direction of one cell (uplink or downlink) shared by its active transfers: each of n
 * active transfers gets 1/n of the cell's time, at its own device's rate (round-robin scheduling
 * over resource blocks, taken to its fluid limit). A transfer's work is the time it would take
 * with the cell to itself (bits / the device's rate), so this is a processor-sharing queue.
 * <p>
 * Kept in virtual time: V advances at 1/n per second while n transfers are active; a transfer
 * that starts at V₀ with work w finishes when V reaches V₀ + w.
 */
final class SharedChannel {

	/*
	 * The active transfers: a binary min-heap on (virtual finish, start order) in parallel arrays,
	 * so starting a transfer allocates nothing; the order makes ties come out first-started first.
	 */
	private double[] finishVirtual = new double[16];
	private long[] orders = new long[16];
	private Job[] jobs = new Job[16];
	private int size;
	private double virtual;
	private double lastUpdate;
	private long order;
	private double busySince = Double.NaN;
	private double busySeconds;

	/** Starts a transfer of {@code exclusiveSeconds} of cell time at {@code now}. */
	void start(Job job, double exclusiveSeconds, double now) {
		advance(now);
		if (size == 0) {
			busySince = now;
		}
		add(virtual + exclusiveSeconds, order++, job);
	}

	/** The real time at which the first active transfer will finish, or +∞ when idle. */
	double nextCompletion(double now) {
		advance(now);
		return size == 0 ? Double.POSITIVE_INFINITY : now + (finishVirtual[0] - virtual) * size;
	}

	/** Removes and returns the transfer that finishes now. */
	Job finish(double now) {
		advance(now);
		Job done = pollFirst();
		if (size == 0) {
			busySeconds += now - busySince;
			busySince = Double.NaN;
		}
		return done;
	}

	int activeCount() {
		return size;
	}

	/** Seconds with at least one transfer active, up to {@code now}. */
	double busySeconds(double now) {
		return busySeconds + (Double.isNaN(busySince) ? 0 : now - busySince);
	}

	/** Forgets the busy time so far (end of warm-up). */
	void restartBusy(double now) {
		busySeconds = 0;
		if (!Double.isNaN(busySince)) {
			busySince = now;
		}
	}

	private void advance(double now) {
		if (size > 0) {
			virtual += (now - lastUpdate) / size;
		}
		lastUpdate = now;
	}

	private void add(double finish, long startOrder, Job job) {
		if (size == finishVirtual.length) {
			finishVirtual = Arrays.copyOf(finishVirtual, 2 * size);
			orders = Arrays.copyOf(orders, 2 * size);
			jobs = Arrays.copyOf(jobs, 2 * size);
		}
		int hole = size++;
		while (hole > 0) {
			int parent = (hole - 1) >>> 1;
			if (!before(finish, startOrder, finishVirtual[parent], orders[parent])) {
				break;
			}
			move(parent, hole);
			hole = parent;
		}
		put(hole, finish, startOrder, job);
	}

	private Job pollFirst() {
		Job first = jobs[0];
		size--;
		double lastFinish = finishVirtual[size];
		long lastOrder = orders[size];
		Job lastJob = jobs[size];
		jobs[size] = null;
		if (size > 0) {
			int hole = 0;
			int half = size >>> 1;
			while (hole < half) {
				int child = 2 * hole + 1;
				int right = child + 1;
				if (right < size && before(finishVirtual[right], orders[right], finishVirtual[child], orders[child])) {
					child = right;
				}
				if (!before(finishVirtual[child], orders[child], lastFinish, lastOrder)) {
					break;
				}
				move(child, hole);
				hole = child;
			}
			put(hole, lastFinish, lastOrder, lastJob);
		}
		return first;
	}

	private static boolean before(double finishA, long orderA, double finishB, long orderB) {
		return finishA < finishB || (finishA == finishB && orderA < orderB);
	}

	private void move(int from, int to) {
		finishVirtual[to] = finishVirtual[from];
		orders[to] = orders[from];
		jobs[to] = jobs[from];
	}

	private void put(int at, double finish, long startOrder, Job job) {
		finishVirtual[at] = finish;
		orders[at] = startOrder;
		jobs[at] = job;
	}
}
