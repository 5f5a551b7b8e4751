package org.aiaas.sim.engine;

import java.util.Arrays;

/**
 * The next transfer completion of each radio channel (uplink or downlink of a cell), kept beside
 * the {@link EventQueue} instead of in it. A shared channel's next completion moves every time a
 * transfer starts (the newcomer slows everyone down); in the event queue each move left a stale
 * event behind that still had to be taken out and thrown away (0.7 per network request). Here a
 * channel has at most one entry, moved in place: an indexed binary min-heap over channel numbers.
 * <p>
 * Entries are ordered by (time, order) with orders drawn from the event queue's own counter
 * ({@link EventQueue#nextOrder()}), so the merged sequence of events is exactly the one a single
 * queue would give.
 */
final class ChannelEvents {

	private final double[] times;
	private final long[] orders;
	/** Heap of channel numbers; {@code position[channel]} is its index in it, or −1. */
	private final int[] heap;
	private final int[] position;
	private int size;

	ChannelEvents(int channels) {
		this.times = new double[channels];
		this.orders = new long[channels];
		this.heap = new int[channels];
		this.position = new int[channels];
		Arrays.fill(position, -1);
	}

	/** Sets (or moves) the channel's next completion to {@code time}, ordered as {@code order}. */
	void set(int channel, double time, long order) {
		times[channel] = time;
		orders[channel] = order;
		int at = position[channel];
		if (at < 0) {
			at = size++;
			heap[at] = channel;
			position[channel] = at;
			siftUp(at);
			return;
		}
		siftDown(siftUp(at));
	}

	/** The channel has nothing in flight. */
	void remove(int channel) {
		int at = position[channel];
		if (at < 0) {
			return;
		}
		position[channel] = -1;
		size--;
		if (at == size) {
			return;
		}
		int last = heap[size];
		heap[at] = last;
		position[last] = at;
		siftDown(siftUp(at));
	}

	boolean isEmpty() {
		return size == 0;
	}

	/** The channel whose completion comes first; only when not empty. */
	int first() {
		return heap[0];
	}

	double firstTime() {
		return size == 0 ? Double.POSITIVE_INFINITY : times[heap[0]];
	}

	/** Whether the first entry comes before an event at ({@code time}, {@code order}). */
	boolean firstBefore(double time, long order) {
		if (size == 0) {
			return false;
		}
		int channel = heap[0];
		return before(times[channel], orders[channel], time, order);
	}

	private int siftUp(int at) {
		int channel = heap[at];
		while (at > 0) {
			int parent = (at - 1) >>> 1;
			int other = heap[parent];
			if (!before(times[channel], orders[channel], times[other], orders[other])) {
				break;
			}
			place(other, at);
			at = parent;
		}
		place(channel, at);
		return at;
	}

	private void siftDown(int at) {
		int channel = heap[at];
		int half = size >>> 1;
		while (at < half) {
			int child = 2 * at + 1;
			int right = child + 1;
			if (right < size && before(times[heap[right]], orders[heap[right]], times[heap[child]], orders[heap[child]])) {
				child = right;
			}
			int other = heap[child];
			if (!before(times[other], orders[other], times[channel], orders[channel])) {
				break;
			}
			place(other, at);
			at = child;
		}
		place(channel, at);
	}

	private void place(int channel, int at) {
		heap[at] = channel;
		position[channel] = at;
	}

	private static boolean before(double timeA, long orderA, double timeB, long orderB) {
		return timeA < timeB || (timeA == timeB && orderA < orderB);
	}
}
