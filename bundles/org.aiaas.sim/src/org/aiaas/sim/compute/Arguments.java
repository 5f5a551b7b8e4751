package org.aiaas.sim.compute;

/**
 * Checks at the boundary of the compute models, so that a wrong scenario value fails where it
 * enters with the name of the argument, instead of turning into NaN or a negative time later.
 */
final class Arguments {

	private Arguments() {
	}

	/** A finite value &gt; 0 (rates, capacities, bandwidths). */
	static double positive(double value, String name) {
		if (!(Double.isFinite(value) && value > 0.0)) {
			throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
		}
		return value;
	}

	/** A finite value &ge; 0 (amounts of work, sizes, durations). */
	static double nonNegative(double value, String name) {
		if (!(Double.isFinite(value) && value >= 0.0)) {
			throw new IllegalArgumentException(name + " must be non-negative and finite, got " + value);
		}
		return value;
	}

	static int atLeast(int value, int minimum, String name) {
		if (value < minimum) {
			throw new IllegalArgumentException(name + " must be at least " + minimum + ", got " + value);
		}
		return value;
	}
}
