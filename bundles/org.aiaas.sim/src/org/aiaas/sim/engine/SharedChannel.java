package org.aiaas.sim.engine;

import java.util.PriorityQueue;

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

	/** A transfer in progress; {@code job} travels with it. */
	record Transfer(double finishVirtual, long order, Job job) {
	}

	private final PriorityQueue<Transfer> active = new PriorityQueue<>(
			(a, b) -> a.finishVirtual() != b.finishVirtual() ? Double.compare(a.finishVirtual(), b.finishVirtual())
					: Long.compare(a.order(), b.order()));
	private double virtual;
	private double lastUpdate;
	private long order;
	/** Bumped whenever the next completion time changes, so older completion events are stale. */
	int version;
	private double busySince = Double.NaN;
	private double busySeconds;

	/** Starts a transfer of {@code exclusiveSeconds} of cell time at {@code now}. */
	void start(Job job, double exclusiveSeconds, double now) {
		advance(now);
		if (active.isEmpty()) {
			busySince = now;
		}
		active.add(new Transfer(virtual + exclusiveSeconds, order++, job));
		version++;
	}

	/** The real time at which the first active transfer will finish, or +∞ when idle. */
	double nextCompletion(double now) {
		advance(now);
		Transfer first = active.peek();
		return first == null ? Double.POSITIVE_INFINITY : now + (first.finishVirtual() - virtual) * active.size();
	}

	/** Removes and returns the transfer that finishes now. */
	Job finish(double now) {
		advance(now);
		Transfer done = active.poll();
		version++;
		if (active.isEmpty()) {
			busySeconds += now - busySince;
			busySince = Double.NaN;
		}
		return done.job();
	}

	int activeCount() {
		return active.size();
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
		if (!active.isEmpty()) {
			virtual += (now - lastUpdate) / active.size();
		}
		lastUpdate = now;
	}
}
