package org.aiaas.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.aiaas.sim.api.MetricValue;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalsTest {

	private static final double[] SAMPLE = { 10, 12, 14, 16, 18 };

	@Test
	void smallSampleByHand() {
		// Mean 14; squared deviations 16+4+0+4+16 = 40, s² = 40/4 = 10, s/√n = √(10/5) = √2;
		// t(0.975, 4) = 2.776445 (table) → half-width 2.776445·√2 = 3.926 497.
		MetricValue value = ConfidenceIntervals.of(SAMPLE, 0.95);
		assertEquals(14.0, value.mean(), 1e-15);
		assertEquals(2.776445 * Math.sqrt(2), value.ci95(), 1e-6);
		assertNull(value.reason());
	}

	@Test
	void otherLevelsUseTheirOwnQuantile() {
		// t(0.995, 4) = 4.604095 (table) → half-width 4.604095·√2.
		MetricValue value = ConfidenceIntervals.of(SAMPLE, 0.99);
		assertEquals(4.604095 * Math.sqrt(2), value.ci95(), 1e-6);
	}

	@Test
	void identicalReplicationsHaveAZeroWidthInterval() {
		MetricValue value = ConfidenceIntervals.of(new double[] { 3, 3, 3 }, 0.95);
		assertEquals(3.0, value.mean());
		assertEquals(0.0, value.ci95());
	}

	@Test
	void noReplicationIsUndefined() {
		MetricValue value = ConfidenceIntervals.of(new double[0], 0.95);
		assertNull(value.mean());
		assertNull(value.ci95());
		assertEquals("no replication produced a value", value.reason());
	}

	@Test
	void oneReplicationHasAMeanButNoInterval() {
		MetricValue value = ConfidenceIntervals.of(new double[] { 4.5 }, 0.95);
		assertEquals(4.5, value.mean());
		assertNull(value.ci95());
		assertEquals("one replication: no confidence interval", value.reason());
	}

	@Test
	void rejectsUndefinedValuesAndBadLevels() {
		assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.of(new double[] { 1, Double.NaN }, 0.95));
		assertThrows(IllegalArgumentException.class,
				() -> ConfidenceIntervals.of(new double[] { 1, Double.POSITIVE_INFINITY }, 0.95));
		assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.of(SAMPLE, 1.0));
		assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.of(SAMPLE, 0.0));
	}

	@Test
	void ninetyFivePercentIntervalsCoverTheTrueMeanNinetyFivePercentOfTheTime() {
		// 2000 experiments of 10 N(5, 2²) samples: the number covering 5 is Binomial(2000, 0.95),
		// standard deviation √(2000·0.95·0.05) ≈ 9.7, so 95 % ± 1.5 % (1870..1930) is ±3 σ.
		// A normal quantile instead of t (1.96 vs 2.262) would cover only about 92 %.
		Random random = new Random(12345L);
		int covered = 0;
		int experiments = 2000;
		for (int e = 0; e < experiments; e++) {
			double[] sample = new double[10];
			for (int i = 0; i < sample.length; i++) {
				sample[i] = 5.0 + 2.0 * random.nextGaussian();
			}
			MetricValue value = ConfidenceIntervals.of(sample, 0.95);
			if (Math.abs(value.mean() - 5.0) <= value.ci95()) {
				covered++;
			}
		}
		double coverage = (double) covered / experiments;
		assertTrue(Math.abs(coverage - 0.95) <= 0.015, "coverage " + coverage);
	}
}
