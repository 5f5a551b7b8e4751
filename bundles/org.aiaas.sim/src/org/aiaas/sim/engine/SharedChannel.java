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
 * <p>
 * A transfer can also be booked to start later ({@link #startAt}): the downlink of a result whose
 * arrival at the cell site is already known. It joins when the channel's clock passes its start
 * time, exactly as if it had been started then, and {@link #nextCompletion} already counts it, so
 * the engine needs no event for the start.
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
	/* Transfers booked to start later, ascending by start time (equal times in booking order). */
	private double[] laterTimes = new double[4];
	private double[] laterWork = new double[4];
	private Job[] laterJobs = new Job[4];
	private int laterCount;

	/** Starts a transfer of {@code exclusiveSeconds} of cell time at {@code now}. */
	void start(Job job, double exclusiveSeconds, double now) {
		advance(now);
		join(job, exclusiveSeconds, now);
	}

	/**
	 * Books a transfer of {@code exclusiveSeconds} of cell time to start at {@code at} (not before
	 * the channel's last update).
	 */
	void startAt(Job job, double exclusiveSeconds, double at) {
		if (laterCount == laterTimes.length) {
			laterTimes = Arrays.copyOf(laterTimes, 2 * laterCount);
			laterWork = Arrays.copyOf(laterWork, 2 * laterCount);
			laterJobs = Arrays.copyOf(laterJobs, 2 * laterCount);
		}
		int i = laterCount++;
		while (i > 0 && laterTimes[i - 1] > at) {
			laterTimes[i] = laterTimes[i - 1];
			laterWork[i] = laterWork[i - 1];
			laterJobs[i] = laterJobs[i - 1];
			i--;
		}
		laterTimes[i] = at;
		laterWork[i] = exclusiveSeconds;
		laterJobs[i] = job;
	}

	/**
	 * The real time at which the first transfer will finish, booked ones included, or +∞ when
	 * nothing is active or booked. Between the booked starts the state is projected without
	 * changing it: V grows by dt/n, each start adds one transfer finishing at V + w.
	 */
	double nextCompletion(double now) {
		advance(now);
		if (laterCount == 0) {
			return size == 0 ? Double.POSITIVE_INFINITY : now + (finishVirtual[0] - virtual) * size;
		}
		double time = now;
		double v = virtual;
		int n = size;
		double firstFinish = n == 0 ? Double.POSITIVE_INFINITY : finishVirtual[0];
		for (int i = 0; i < laterCount; i++) {
			if (n > 0) {
				double completion = time + (firstFinish - v) * n;
				if (completion <= laterTimes[i]) {
					return completion;
				}
				v += (laterTimes[i] - time) / n;
			}
			time = laterTimes[i];
			n++;
			firstFinish = Math.min(firstFinish, v + laterWork[i]);
		}
		return n == 0 ? Double.POSITIVE_INFINITY : time + (firstFinish - v) * n;
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
		advance(now);
		return busySeconds + (Double.isNaN(busySince) ? 0 : now - busySince);
	}

	/** Forgets the busy time so far (end of warm-up). */
	void restartBusy(double now) {
		advance(now);
		busySeconds = 0;
		if (!Double.isNaN(busySince)) {
			busySince = now;
		}
	}

	/** Brings V to {@code now}, letting the booked transfers due by then join on the way. */
	private void advance(double now) {
		while (laterCount > 0 && laterTimes[0] <= now) {
			double at = laterTimes[0];
			double work = laterWork[0];
			Job job = laterJobs[0];
			laterCount--;
			System.arraycopy(laterTimes, 1, laterTimes, 0, laterCount);
			System.arraycopy(laterWork, 1, laterWork, 0, laterCount);
			System.arraycopy(laterJobs, 1, laterJobs, 0, laterCount);
			laterJobs[laterCount] = null;
			moveTo(at);
			join(job, work, at);
		}
		moveTo(now);
	}

	private void moveTo(double now) {
		if (size == 1) {
			virtual += now - lastUpdate; // the common case, without a division
		} else if (size > 0) {
			virtual += (now - lastUpdate) / size;
		}
		lastUpdate = now;
	}

	private void join(Job job, double exclusiveSeconds, double now) {
		if (size == 0) {
			busySince = now;
		}
		add(virtual + exclusiveSeconds, order++, job);
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
