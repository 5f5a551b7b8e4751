package org.aiaas.sim.stats;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Jain's fairness index of an allocation (throughput or service per device, per tenant):
 * (Σx)² / (n · Σx²), which is 1 when everyone gets the same and 1/n when one gets everything.
 * <p>
 * Jain, Chiu and Hawe (1984) chose it because it does not depend on the scale or the unit of the
 * allocation and is bounded in [1/n, 1], so fairness can be compared across scenarios.
 */
public final class JainFairness {

	private JainFairness() {
	}

	/**
	 * The index of non-negative allocations; empty when there is nothing to share (no
	 * allocations, or all zero), where the index is 0/0.
	 *
	 * @throws IllegalArgumentException if an allocation is negative, NaN or infinite
	 */
	public static OptionalDouble index(double[] allocations) {
		Objects.requireNonNull(allocations, "the allocations");
		double largest = 0.0;
		for (double x : allocations) {
			if (!Double.isFinite(x) || x < 0.0) {
				throw new IllegalArgumentException("an allocation must be finite and non-negative, got " + x);
			}
			largest = Math.max(largest, x);
		}
		if (largest == 0.0) {
			return OptionalDouble.empty();
		}
		// Scaled by the largest allocation so that Σx² cannot overflow; the index is scale-free.
		double sum = 0.0;
		double sumOfSquares = 0.0;
		for (double x : allocations) {
			double scaled = x / largest;
			sum += scaled;
			sumOfSquares += scaled * scaled;
		}
		return OptionalDouble.of(sum * sum / (allocations.length * sumOfSquares));
	}
}
