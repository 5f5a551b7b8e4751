package org.aiaas.sim.engine;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap on (time, insertion order) kept in primitive arrays,
 * so scheduling an event allocates nothing. Events at the same time come out in the order they
 * were scheduled, which makes runs deterministic.
 * <p>
 * An event is a kind and two integers (e.g. node and slot) plus a version, which lets the engine
 * recognise a completion made stale by preemption without searching the heap.
 */
final class EventQueue {

	private double[] times = new double[64];
	private long[] orders = new long[64];
	private int[] kinds = new int[64];
	private int[] firsts = new int[64];
	private int[] seconds = new int[64];
	private int[] versions = new int[64];
	private int size;
	private long scheduled;

	/** The polled event, readable until the next poll. */
	double time;
	int kind;
	int first;
	int second;
	int version;

	void schedule(double at, int eventKind, int a, int b, int eventVersion) {
		if (size == times.length) {
			grow();
		}
		int hole = size++;
		long order = scheduled++;
		while (hole > 0) {
			int parent = (hole - 1) >>> 1;
			if (!before(at, order, times[parent], orders[parent])) {
				break;
			}
			move(parent, hole);
			hole = parent;
		}
		put(hole, at, order, eventKind, a, b, eventVersion);
	}

	boolean isEmpty() {
		return size == 0;
	}

	/** Time of the next event without removing it; +∞ when empty. */
	double peekTime() {
		return size == 0 ? Double.POSITIVE_INFINITY : times[0];
	}

	/** Insertion order of the next event, +∞ (Long.MAX_VALUE) when empty; ties at equal times go by it. */
	long peekOrder() {
		return size == 0 ? Long.MAX_VALUE : orders[0];
	}

	/**
	 * Takes an insertion order number for an event kept outside this queue ({@link ChannelEvents}),
	 * so that both together order events exactly as one queue would.
	 */
	long nextOrder() {
		return scheduled++;
	}

	/** Removes the earliest event into the public fields. */
	void poll() {
		time = times[0];
		kind = kinds[0];
		first = firsts[0];
		second = seconds[0];
		version = versions[0];
		size--;
		if (size == 0) {
			return;
		}
		double lastTime = times[size];
		long lastOrder = orders[size];
		int lastKind = kinds[size];
		int lastFirst = firsts[size];
		int lastSecond = seconds[size];
		int lastVersion = versions[size];
		int hole = 0;
		int half = size >>> 1;
		while (hole < half) {
			int child = 2 * hole + 1;
			int right = child + 1;
			if (right < size && before(times[right], orders[right], times[child], orders[child])) {
				child = right;
			}
			if (!before(times[child], orders[child], lastTime, lastOrder)) {
				break;
			}
			move(child, hole);
			hole = child;
		}
		put(hole, lastTime, lastOrder, lastKind, lastFirst, lastSecond, lastVersion);
	}

	int size() {
		return size;
	}

	private static boolean before(double timeA, long orderA, double timeB, long orderB) {
		return timeA < timeB || (timeA == timeB && orderA < orderB);
	}

	private void move(int from, int to) {
		times[to] = times[from];
		orders[to] = orders[from];
		kinds[to] = kinds[from];
		firsts[to] = firsts[from];
		seconds[to] = seconds[from];
		versions[to] = versions[from];
	}

	private void put(int at, double t, long order, int k, int a, int b, int v) {
		times[at] = t;
		orders[at] = order;
		kinds[at] = k;
		firsts[at] = a;
		seconds[at] = b;
		versions[at] = v;
	}

	private void grow() {
		int capacity = times.length * 2;
		times = Arrays.copyOf(times, capacity);
		orders = Arrays.copyOf(orders, capacity);
		kinds = Arrays.copyOf(kinds, capacity);
		firsts = Arrays.copyOf(firsts, capacity);
		seconds = Arrays.copyOf(seconds, capacity);
		versions = Arrays.copyOf(versions, capacity);
	}
}
