package org.aiaas.sim.stats;

import java.util.Objects;

import org.aiaas.sim.api.MetricValue;

/**
 * Confidence intervals for a metric from independent replications of a simulation.
 * <p>
 * Observations within one run are correlated (a long queue stays long), so a run's own variance
 * understates the uncertainty. Independent replications each give one value; those are
 * independent and, being means of many observations, close to normal, so the Student-t interval
 * mean ± t<sub>(1+level)/2, n−1</sub> · s / √n holds (Law, <i>Simulation Modeling and
 * Analysis</i>, §9.4.1).
 */
public final class ConfidenceIntervals {

	/** The reason given when no replication produced the metric. */
	public static final String NO_REPLICATION = "no replication produced a value";
	/** The reason given when a single replication gives a mean but no spread to estimate from. */
	public static final String ONE_REPLICATION = "one replication: no confidence interval";

	private ConfidenceIntervals() {
	}

	/**
	 * The mean of the per-replication values and the half-width of its two-sided
	 * {@code confidenceLevel} interval (stored in {@link MetricValue#ci95()} whatever the level).
	 * No values gives an undefined metric; one value a mean without an interval.
	 *
	 * @param perReplication  one defined value per replication that produced the metric
	 * @param confidenceLevel the interval's coverage, in (0, 1), typically 0.95
	 * @throws IllegalArgumentException if a value is NaN or infinite (callers pass only defined
	 *                                  values), or the level is outside (0, 1)
	 */
	public static MetricValue of(double[] perReplication, double confidenceLevel) {
		Objects.requireNonNull(perReplication, "the per-replication values");
		if (!(confidenceLevel > 0.0 && confidenceLevel < 1.0)) {
			throw new IllegalArgumentException("a confidence level must lie in (0, 1), got " + confidenceLevel);
		}
		RunningStats stats = new RunningStats();
		for (double x : perReplication) {
			if (!Double.isFinite(x)) {
				throw new IllegalArgumentException("replication values must be finite, got " + x);
			}
			stats.add(x);
		}
		long n = stats.count();
		if (n == 0) {
			return MetricValue.undefined(NO_REPLICATION);
		}
		if (n == 1) {
			return new MetricValue(stats.mean(), null, ONE_REPLICATION);
		}
		double t = StudentT.quantile((1.0 + confidenceLevel) / 2.0, Math.toIntExact(n - 1));
		double halfWidth = t * stats.standardDeviation() / Math.sqrt(n);
		return new MetricValue(stats.mean(), halfWidth, null);
	}
}
