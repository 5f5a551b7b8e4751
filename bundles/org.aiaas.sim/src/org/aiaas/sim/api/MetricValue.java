package org.aiaas.sim.api;

import java.util.Objects;

/**
 * A metric estimated from independent replications: the mean and the half-width of its 95 %
 * Student-t confidence interval. An undefined metric (no request completed, one replication only
 * for the interval) carries {@code null} and a reason instead of NaN or infinity.
 *
 * @param mean   the mean over replications, or null when undefined
 * @param ci95   the half-width of the 95 % confidence interval, or null when it cannot be computed
 * @param reason why mean or ci95 is null; null when both are defined
 */
public record MetricValue(Double mean, Double ci95, String reason) {

	public MetricValue {
		if (mean != null && !Double.isFinite(mean)) {
			throw new IllegalArgumentException("a metric mean must be finite, got " + mean);
		}
		if (ci95 != null && !Double.isFinite(ci95)) {
			throw new IllegalArgumentException("a confidence half-width must be finite, got " + ci95);
		}
	}

	/** A metric that has no value, and why. */
	public static MetricValue undefined(String reason) {
		return new MetricValue(null, null, Objects.requireNonNull(reason, "the reason"));
	}

	/** Whether the mean is defined. */
	public boolean isDefined() {
		return mean != null;
	}
}
