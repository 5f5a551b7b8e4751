package org.aiaas.sim.engine;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Independent random streams, one per (seed, replication, workload, purpose). A stream depends
 * only on those names, not on what else the scenario holds: adding a workload or changing the
 * scheduler does not change another workload's draws, so compared variants see the same
 * arrivals and sizes (common random numbers).
 */
public final class RandomStreams {

	private final long seed;

	public RandomStreams(long seed) {
		this.seed = seed;
	}

	/** The stream for one purpose ("arrivals", "service", …) of one workload in one replication. */
	public SplittableRandom stream(int replication, String workload, String purpose) {
		long mixed = mix(seed ^ 0x9E3779B97F4A7C15L * (replication + 1));
		mixed = mix(mixed ^ hash(workload));
		mixed = mix(mixed ^ hash(purpose) * 0xBF58476D1CE4E5B9L);
		return new SplittableRandom(mixed);
	}

	/** SplitMix64's finaliser: a bijective scramble of 64 bits. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** FNV-1a over UTF-8: stable across JVMs, unlike String.hashCode's spread. */
	static long hash(String text) {
		long h = 0xcbf29ce484222325L;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			h ^= b & 0xff;
			h *= 0x100000001b3L;
		}
		return h;
	}
}
