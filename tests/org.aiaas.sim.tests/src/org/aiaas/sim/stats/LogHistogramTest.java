package org.aiaas.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LogHistogramTest {

	private static final int SAMPLES = 1_000_000;

	@ParameterizedTest
	@ValueSource(doubles = { 0.5, 0.95, 0.99 })
	void exponentialQuantilesMatchTheory(double q) {
		// Exp(1) has quantile −ln(1 − q). With 10^6 samples the sampling error of the p99 is
		// about 0.2 %, the bucket error at most 0.4 %: within 1 %.
		double[] samples = exponentialSamples(SAMPLES, 1L);
		LogHistogram histogram = of(samples);
		double expected = -Math.log(1.0 - q);
		assertEquals(expected, histogram.quantile(q), 0.01 * expected);
		// Against the exact order statistic only the bucket error remains (≤ 1/256).
		double exact = orderStatistic(samples, q);
		assertEquals(exact, histogram.quantile(q), exact / 256.0 * 1.0001);
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0.25, 0.5, 0.75, 0.99 })
	void uniformQuantilesMatchTheory(double q) {
		// U(0, 10) has quantile 10q.
		Random random = new Random(2L);
		LogHistogram histogram = new LogHistogram();
		for (int i = 0; i < SAMPLES; i++) {
			histogram.add(10.0 * random.nextDouble());
		}
		assertEquals(10.0 * q, histogram.quantile(q), 0.01 * 10.0 * q);
	}

	@Test
	void everyValueInRangeIsResolvedToWithinHalfABucket() {
		// A bucket spans 1/128 of its power of two, so its midpoint is within 1/256 of any value
		// in it — from a nanosecond to 10^7 s. The values 1e-10 and 1e8 lie outside the range and
		// keep the clamping to [min, max] from hiding the bucket error.
		for (double v = 1e-9; v <= 1e7; v *= 1.0137) {
			LogHistogram histogram = new LogHistogram();
			histogram.add(1e-10);
			histogram.add(v, 3);
			histogram.add(1e8);
			double reported = histogram.quantile(0.5);
			assertTrue(Math.abs(reported - v) <= v / 256.0 * 1.0001, v + " reported as " + reported);
		}
	}

	@Test
	void zeroAndOverflowBuckets() {
		LogHistogram histogram = new LogHistogram();
		histogram.add(-1.0);
		histogram.add(0.0);
		histogram.add(2.0);
		histogram.add(5e7);
		assertEquals(4, histogram.count());
		assertEquals(-1.0, histogram.min());
		assertEquals(5e7, histogram.max());
		assertEquals(-1.0, histogram.quantile(0.0), "q = 0 is the minimum, exactly");
		assertEquals(0.0, histogram.quantile(0.5), "ranks 1 and 2 are in the zero bucket, reported as 0");
		assertEquals(2.0, histogram.quantile(0.75), 2.0 / 256.0);
		assertEquals(5e7, histogram.quantile(0.9), "the overflow bucket reports the largest value seen");
	}

	@Test
	void extremesAreExact() {
		LogHistogram histogram = of(exponentialSamples(10_000, 3L));
		assertEquals(histogram.min(), histogram.quantile(0.0));
		assertEquals(histogram.max(), histogram.quantile(1.0));
	}

	@Test
	void weightedAddEqualsRepeatedAdd() {
		LogHistogram weighted = new LogHistogram();
		weighted.add(0.25, 1000);
		weighted.add(4.0, 3000);
		LogHistogram repeated = new LogHistogram();
		for (int i = 0; i < 1000; i++) {
			repeated.add(0.25);
		}
		for (int i = 0; i < 3000; i++) {
			repeated.add(4.0);
		}
		assertEquals(repeated.count(), weighted.count());
		for (double q = 0; q <= 1.0; q += 0.05) {
			assertEquals(repeated.quantile(q), weighted.quantile(q));
		}
		// The bucket of 0.25 = 2^-2 is [0.25, 0.25·(1 + 1/128)); its midpoint is reported.
		assertEquals(0.25 * (1 + 0.5 / 128), weighted.quantile(0.25));
		assertEquals(4.0, weighted.quantile(0.5), "clamped to the maximum, the only value in its bucket");
	}

	@Test
	void mergeEqualsRecordingEverythingInOne() {
		double[] samples = exponentialSamples(100_000, 4L);
		LogHistogram all = of(samples);
		LogHistogram left = of(Arrays.copyOfRange(samples, 0, 30_000));
		LogHistogram right = of(Arrays.copyOfRange(samples, 30_000, samples.length));
		left.merge(right);
		assertEquals(all.count(), left.count());
		assertEquals(all.min(), left.min());
		assertEquals(all.max(), left.max());
		for (double q = 0; q <= 1.0; q += 0.01) {
			assertEquals(all.quantile(q), left.quantile(q));
		}
		List<double[]> expected = all.cdf(1000);
		List<double[]> actual = left.cdf(1000);
		assertEquals(expected.size(), actual.size());
		for (int i = 0; i < expected.size(); i++) {
			assertTrue(Arrays.equals(expected.get(i), actual.get(i)));
		}
	}

	@Test
	void cdfIsThinnedMonotoneAndEndsAtTheMaximum() {
		// Each point sits on a bucket's upper edge, where the empirical CDF is exact; with 10^5
		// samples the empirical CDF is within 1.36/√n ≈ 0.004 of 1 − e^(−x) (Kolmogorov, 95 %).
		LogHistogram histogram = of(exponentialSamples(100_000, 5L));
		List<double[]> cdf = histogram.cdf(50);
		assertTrue(cdf.size() <= 50 && cdf.size() >= 40, "size " + cdf.size());
		for (int i = 1; i < cdf.size(); i++) {
			assertTrue(cdf.get(i)[0] > cdf.get(i - 1)[0], "values increase");
			assertTrue(cdf.get(i)[1] > cdf.get(i - 1)[1], "probabilities increase");
		}
		for (double[] point : cdf) {
			assertEquals(1.0 - Math.exp(-point[0]), point[1], 0.01, "at " + point[0]);
		}
		double[] last = cdf.get(cdf.size() - 1);
		assertEquals(histogram.max(), last[0]);
		assertEquals(1.0, last[1]);
	}

	@Test
	void cdfKeepsEveryBucketWhenFewEnough() {
		// Values 1, 2, 3: points at the upper edges of their buckets, 1 + 1/128 and 2 + 2/128, and
		// at the maximum 3 — with probabilities 1/3, 2/3, 1.
		LogHistogram histogram = of(new double[] { 3, 1, 2 });
		List<double[]> cdf = histogram.cdf(10);
		assertEquals(3, cdf.size());
		assertEquals(1.0 + 1.0 / 128, cdf.get(0)[0]);
		assertEquals(1.0 / 3, cdf.get(0)[1]);
		assertEquals(2.0 + 2.0 / 128, cdf.get(1)[0]);
		assertEquals(2.0 / 3, cdf.get(1)[1]);
		assertEquals(3.0, cdf.get(2)[0]);
		assertEquals(1.0, cdf.get(2)[1]);
		assertEquals(1, histogram.cdf(1).size(), "one point: {max, 1}");
		assertEquals(3.0, histogram.cdf(1).get(0)[0]);
	}

	@Test
	void emptyHistogram() {
		LogHistogram histogram = new LogHistogram();
		assertEquals(0, histogram.count());
		assertThrows(IllegalStateException.class, () -> histogram.quantile(0.5));
		assertThrows(IllegalStateException.class, histogram::min);
		assertThrows(IllegalStateException.class, histogram::max);
		assertTrue(histogram.cdf(10).isEmpty());
	}

	@Test
	void rejectsInvalidArguments() {
		LogHistogram histogram = of(new double[] { 1.0 });
		assertThrows(IllegalArgumentException.class, () -> histogram.quantile(-0.01));
		assertThrows(IllegalArgumentException.class, () -> histogram.quantile(1.01));
		assertThrows(IllegalArgumentException.class, () -> histogram.quantile(Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> histogram.add(Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> histogram.add(1.0, -1));
		assertThrows(IllegalArgumentException.class, () -> histogram.cdf(0));
	}

	private static double[] exponentialSamples(int n, long seed) {
		Random random = new Random(seed);
		double[] samples = new double[n];
		for (int i = 0; i < n; i++) {
			samples[i] = -Math.log1p(-random.nextDouble());
		}
		return samples;
	}

	private static LogHistogram of(double[] values) {
		LogHistogram histogram = new LogHistogram();
		for (double x : values) {
			histogram.add(x);
		}
		return histogram;
	}

	/** The smallest sample with at least a fraction q of the samples at or below it. */
	private static double orderStatistic(double[] samples, double q) {
		double[] sorted = samples.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(q * sorted.length);
		return sorted[Math.max(rank, 1) - 1];
	}
}
