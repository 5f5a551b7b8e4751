package org.aiaas.sim.engine;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Overrides of the scenario's run settings from the command line or a launch configuration.
 *
 * @param replications replications per variant instead of the scenario's
 * @param seed         base seed instead of the scenario's
 * @param threads      replications run in parallel on this many threads (≥ 1)
 */
public record RunOptions(OptionalInt replications, OptionalLong seed, int threads) {

	/** The largest number of replications accepted (each is a full run). */
	public static final int MAX_REPLICATIONS = 10_000;

	public RunOptions {
		if (replications.isPresent() && (replications.getAsInt() < 1 || replications.getAsInt() > MAX_REPLICATIONS)) {
			throw new IllegalArgumentException("replications must be 1 to " + MAX_REPLICATIONS + ", got "
					+ replications.getAsInt());
		}
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, got " + threads);
		}
	}

	/** The scenario's own settings, replications in parallel on every core. */
	public static RunOptions defaults() {
		return new RunOptions(OptionalInt.empty(), OptionalLong.empty(), Runtime.getRuntime().availableProcessors());
	}
}
