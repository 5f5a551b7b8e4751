package org.aiaas.sim.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A distribution of durations in seconds, kept in constant memory with at most 1 % relative error
 * on its quantiles — what p50/p95/p99 and the response-time CDF are read from.
 * <p>
 * Exact quantiles would need every observation. Like HdrHistogram, this splits each power of two
 * into {@value #SUB_BUCKETS} equal sub-buckets (log-linear buckets), so a bucket is at most 1/128
 * of its lower edge wide and its midpoint is within 0.4 % of any value in it, from a nanosecond
 * (2<sup>−30</sup> s) to 2<sup>24</sup> s (about 194 days, above the 10<sup>7</sup> s a scenario
 * may last). Values at or below zero, and positive values under a nanosecond, fall into one zero
 * bucket; values beyond the range into an overflow bucket, reported as the largest value seen.
 * Reported quantiles are clamped to the smallest and largest values seen, so the extremes are
 * exact.
 * <p>
 * Not thread-safe: one instance per producer, merged at the end.
 */
public final class LogHistogram {

	/** Sub-buckets per power of two; 128 bounds the relative bucket width by 1/128. */
	static final int SUB_BUCKETS = 128;
	/** The smallest binary exponent tracked: 2^-30 s ≈ 0.93 ns. */
	static final int MIN_EXPONENT = -30;
	/** The largest binary exponent tracked: values below 2^24 s ≈ 1.7e7 s are in range. */
	static final int MAX_EXPONENT = 23;

	private static final double LOWEST_TRACKED = Math.scalb(1.0, MIN_EXPONENT);
	private static final double OVERFLOW_THRESHOLD = Math.scalb(1.0, MAX_EXPONENT + 1);

	private final long[] counts = new long[(MAX_EXPONENT - MIN_EXPONENT + 1) * SUB_BUCKETS];
	private long zeroCount;
	/** The largest value counted in the zero bucket, its exact upper edge for the CDF. */
	private double zeroBucketMax = Double.NEGATIVE_INFINITY;
	private long overflowCount;
	private long total;
	private double min = Double.POSITIVE_INFINITY;
	private double max = Double.NEGATIVE_INFINITY;

	/** Records one observation. @throws IllegalArgumentException if it is NaN or infinite */
	public void add(double value) {
		add(value, 1);
	}

	/**
	 * Records {@code count} observations of the same value.
	 *
	 * @throws IllegalArgumentException if the value is NaN or infinite, or the count negative
	 */
	public void add(double value, long count) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("an observation must be finite, got " + value);
		}
		if (count < 0) {
			throw new IllegalArgumentException("a count cannot be negative, got " + count);
		}
		if (count == 0) {
			return;
		}
		if (value < LOWEST_TRACKED) {
			zeroCount += count;
			zeroBucketMax = Math.max(zeroBucketMax, value);
		} else if (value >= OVERFLOW_THRESHOLD) {
			overflowCount += count;
		} else {
			counts[bucketOf(value)] += count;
		}
		total += count;
		min = Math.min(min, value);
		max = Math.max(max, value);
	}

	/** The number of observations. */
	public long count() {
		return total;
	}

	/** The smallest observation. @throws IllegalStateException when empty */
	public double min() {
		requireObservations();
		return min;
	}

	/** The largest observation. @throws IllegalStateException when empty */
	public double max() {
		requireObservations();
		return max;
	}

	/**
	 * The {@code q}-quantile: the smallest value below or at which a fraction {@code q} of the
	 * observations lie, as the midpoint of its bucket clamped to [{@link #min()}, {@link #max()}].
	 * {@code q = 0} gives the minimum and {@code q = 1} the maximum exactly.
	 *
	 * @throws IllegalArgumentException if q is outside [0, 1]
	 * @throws IllegalStateException    when empty
	 */
	public double quantile(double q) {
		if (!(q >= 0.0 && q <= 1.0)) {
			throw new IllegalArgumentException("a quantile's probability must lie in [0, 1], got " + q);
		}
		requireObservations();
		if (q == 0.0) {
			return min;
		}
		if (q == 1.0) {
			return max;
		}
		long rank = Math.max(1, Math.min(total, (long) Math.ceil(q * total)));
		long seen = zeroCount;
		if (rank <= seen) {
			return clamp(0.0);
		}
		for (int i = 0; i < counts.length; i++) {
			seen += counts[i];
			if (rank <= seen) {
				return clamp(midpoint(i));
			}
		}
		return max;
	}

	/**
	 * Adds {@code other}'s observations to this histogram, as if they had been recorded here.
	 * {@code other} is not changed.
	 */
	public void merge(LogHistogram other) {
		Objects.requireNonNull(other, "the histogram to merge");
		for (int i = 0; i < counts.length; i++) {
			counts[i] += other.counts[i];
		}
		zeroCount += other.zeroCount;
		zeroBucketMax = Math.max(zeroBucketMax, other.zeroBucketMax);
		overflowCount += other.overflowCount;
		total += other.total;
		min = Math.min(min, other.min);
		max = Math.max(max, other.max);
	}

	/**
	 * The empirical cumulative distribution function as points {value, P(X ≤ value)}, values
	 * strictly increasing, for plotting. A point sits at the upper edge of a bucket (clamped to
	 * the largest value seen), so its probability is exact for that value; the last point is
	 * {max, 1}. When there are more non-empty buckets than {@code maxPoints}, points are kept at
	 * evenly spaced probabilities k / maxPoints. Empty histogram: an empty list.
	 *
	 * @throws IllegalArgumentException if maxPoints &lt; 1
	 */
	public List<double[]> cdf(int maxPoints) {
		if (maxPoints < 1) {
			throw new IllegalArgumentException("a CDF needs at least one point, got " + maxPoints);
		}
		List<double[]> all = allCdfPoints();
		return all.size() <= maxPoints ? all : thin(all, maxPoints);
	}

	@Override
	public String toString() {
		return total == 0 ? "LogHistogram[empty]"
				: "LogHistogram[n=" + total + ", min=" + min + ", p50=" + quantile(0.5) + ", p99="
						+ quantile(0.99) + ", max=" + max + "]";
	}

	private List<double[]> allCdfPoints() {
		List<double[]> points = new ArrayList<>();
		long seen = zeroCount;
		if (zeroCount > 0) {
			points.add(new double[] { zeroBucketMax, (double) seen / total });
		}
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				seen += counts[i];
				addPoint(points, Math.min(max, upperEdge(i)), (double) seen / total);
			}
		}
		if (overflowCount > 0) {
			addPoint(points, max, 1.0);
		}
		return points;
	}

	/** Appends a point, replacing the last one if it has the same value (keeps values increasing). */
	private static void addPoint(List<double[]> points, double value, double probability) {
		if (!points.isEmpty() && points.get(points.size() - 1)[0] >= value) {
			points.remove(points.size() - 1);
		}
		points.add(new double[] { value, probability });
	}

	private static List<double[]> thin(List<double[]> all, int maxPoints) {
		List<double[]> kept = new ArrayList<>(maxPoints);
		int next = 0;
		for (int k = 1; k <= maxPoints; k++) {
			double target = (double) k / maxPoints;
			while (next < all.size() - 1 && all.get(next)[1] < target) {
				next++;
			}
			if (kept.isEmpty() || kept.get(kept.size() - 1) != all.get(next)) {
				kept.add(all.get(next));
			}
		}
		return kept;
	}

	/** The bucket of a value in [2^MIN_EXPONENT, 2^(MAX_EXPONENT+1)): exponent block, then sub-bucket. */
	static int bucketOf(double value) {
		int exponent = Math.getExponent(value);
		int sub = (int) ((Math.scalb(value, -exponent) - 1.0) * SUB_BUCKETS);
		return (exponent - MIN_EXPONENT) * SUB_BUCKETS + sub;
	}

	private static double upperEdge(int bucket) {
		return edge(bucket, 1.0);
	}

	private static double midpoint(int bucket) {
		return edge(bucket, 0.5);
	}

	private static double edge(int bucket, double fraction) {
		int exponent = bucket / SUB_BUCKETS + MIN_EXPONENT;
		int sub = bucket % SUB_BUCKETS;
		return Math.scalb(1.0 + (sub + fraction) / SUB_BUCKETS, exponent);
	}

	private double clamp(double value) {
		return Math.max(min, Math.min(max, value));
	}

	private void requireObservations() {
		if (total == 0) {
			throw new IllegalStateException("no observations: the histogram has no quantiles");
		}
	}
}
