package org.aiaas.sim.engine;

/**
 * The KV cache of one model replica, counted in tokens: the memory left beside the weights
 * divided by the bytes per token (2 × layers × KV heads × head dim × bytes per value). Sequences
 * reserve what their next step writes; a finished or preempted sequence gives all of it back.
 */
final class KvAdmission {

	private final long capacity;
	private long used;

	KvAdmission(long capacityTokens) {
		this.capacity = capacityTokens;
	}

	/** Whether {@code tokens} more fit now. */
	boolean fits(long tokens) {
		return used + tokens <= capacity;
	}

	void reserve(long tokens) {
		used += tokens;
	}

	void release(long tokens) {
		used -= tokens;
	}

	long used() {
		return used;
	}

	long capacity() {
		return capacity;
	}
}
