package org.aiaas.sim.stats;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Count, mean, variance, minimum, maximum and sum of a stream of observations, in constant memory.
 * <p>
 * The engine feeds one observation per completed request (waiting time, response time…), so a
 * replication can see millions of them; keeping them all is not an option and the textbook formula
 * Σx²/n − mean² cancels catastrophically when the values share a large offset (timestamps, 1e9 +
 * noise). Welford's update keeps the mean and the sum of squared deviations instead, which stays
 * accurate, and Chan, Golub and LeVeque's pairwise formula merges two streams (per-node statistics
 * into a per-variant one) as if they had been one.
 * <p>
 * Not thread-safe: one instance per producer, merged at the end.
 */
public final class RunningStats {

	private long count;
	private double runningMean;
	/** Sum of squared deviations from the current mean (Welford's M2). */
	private double squaredDeviations;
	private double min = Double.POSITIVE_INFINITY;
	private double max = Double.NEGATIVE_INFINITY;
	/** Neumaier-compensated sum, so {@link #sum()} does not drift over millions of additions. */
	private double sum;
	private double sumCompensation;

	/**
	 * Records one observation.
	 *
	 * @throws IllegalArgumentException if {@code x} is NaN or infinite: one such value would make
	 *                                  every statistic meaningless without saying where it came from
	 */
	public void add(double x) {
		if (!Double.isFinite(x)) {
			throw new IllegalArgumentException("an observation must be finite, got " + x);
		}
		count++;
		double delta = x - runningMean;
		runningMean += delta / count;
		squaredDeviations += delta * (x - runningMean);
		min = Math.min(min, x);
		max = Math.max(max, x);
		addToSum(x);
	}

	/** The number of observations. */
	public long count() {
		return count;
	}

	/** The arithmetic mean, or empty when nothing was observed. */
	public OptionalDouble meanIfAny() {
		return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(accurateMean());
	}

	/**
	 * The arithmetic mean.
	 *
	 * @throws IllegalStateException when nothing was observed: a mean of nothing is not zero
	 */
	public double mean() {
		requireObservations("mean");
		return accurateMean();
	}

	/**
	 * The sample variance (divisor n − 1, the unbiased estimator used for confidence intervals);
	 * 0 for a single observation.
	 *
	 * @throws IllegalStateException when nothing was observed
	 */
	public double variance() {
		requireObservations("variance");
		return count == 1 ? 0.0 : Math.max(0.0, squaredDeviations / (count - 1));
	}

	/** The sample standard deviation, √{@link #variance()}. */
	public double standardDeviation() {
		return Math.sqrt(variance());
	}

	/** The smallest observation. @throws IllegalStateException when nothing was observed */
	public double min() {
		requireObservations("minimum");
		return min;
	}

	/** The largest observation. @throws IllegalStateException when nothing was observed */
	public double max() {
		requireObservations("maximum");
		return max;
	}

	/** The sum of the observations; 0 when nothing was observed (an empty sum is zero). */
	public double sum() {
		return sum + sumCompensation;
	}

	/**
	 * Adds {@code other}'s observations to this one, with the same result (up to rounding) as if
	 * they had been added here one by one. {@code other} is not changed.
	 */
	public void merge(RunningStats other) {
		Objects.requireNonNull(other, "the statistics to merge");
		if (other.count == 0) {
			return;
		}
		if (count == 0) {
			copyFrom(other);
			return;
		}
		long total = count + other.count;
		double delta = other.runningMean - runningMean;
		double otherShare = (double) other.count / total;
		double newMean = runningMean + delta * otherShare;
		squaredDeviations = squaredDeviations + other.squaredDeviations + delta * delta * count * otherShare;
		runningMean = newMean;
		count = total;
		min = Math.min(min, other.min);
		max = Math.max(max, other.max);
		double otherSum = other.sum();
		addToSum(otherSum);
	}

	@Override
	public String toString() {
		return count == 0 ? "RunningStats[empty]"
				: "RunningStats[n=" + count + ", mean=" + mean() + ", sd=" + standardDeviation() + ", min=" + min
						+ ", max=" + max + "]";
	}

	/**
	 * The compensated sum over the count, accurate to about one rounding; Welford's running mean,
	 * rounded at every update, drifts by some √n roundings (harmless for the variance, which it
	 * only centres). Falls back to it if the sum overflowed.
	 */
	private double accurateMean() {
		double fromSum = sum() / count;
		return Double.isFinite(fromSum) ? fromSum : runningMean;
	}

	private void copyFrom(RunningStats other) {
		count = other.count;
		runningMean = other.runningMean;
		squaredDeviations = other.squaredDeviations;
		min = other.min;
		max = other.max;
		sum = other.sum;
		sumCompensation = other.sumCompensation;
	}

	private void addToSum(double x) {
		double t = sum + x;
		sumCompensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
		sum = t;
	}

	private void requireObservations(String what) {
		if (count == 0) {
			throw new IllegalStateException("no observations: the " + what + " is undefined");
		}
	}
}
