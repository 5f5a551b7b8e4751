package org.aiaas.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class RunningStatsTest {

	@Test
	void smallSampleByHand() {
		// {2, 4, 4, 4, 5, 5, 7, 9}: sum 40, mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, s² = 32/7.
		RunningStats stats = of(2, 4, 4, 4, 5, 5, 7, 9);
		assertEquals(8, stats.count());
		assertEquals(5.0, stats.mean(), 1e-15);
		assertEquals(32.0 / 7.0, stats.variance(), 1e-14);
		assertEquals(Math.sqrt(32.0 / 7.0), stats.standardDeviation(), 1e-14);
		assertEquals(2.0, stats.min());
		assertEquals(9.0, stats.max());
		assertEquals(40.0, stats.sum());
	}

	@Test
	void agreesWithTwoPassOnAMillionSeededValues() {
		double[] values = new double[1_000_000];
		Random random = new Random(20240601L);
		for (int i = 0; i < values.length; i++) {
			values[i] = 10.0 + 3.0 * random.nextGaussian();
		}
		RunningStats stats = of(values);
		double[] reference = twoPass(values, 0.0);
		assertEquals(reference[0], stats.mean(), 1e-12 * reference[0]);
		assertEquals(reference[1], stats.variance(), 1e-10 * reference[1]);
		assertEquals(reference[0] * values.length, stats.sum(), 1e-12 * stats.sum());
	}

	@Test
	void staysAccurateWithALargeOffsetWhereTheNaiveFormulaFails() {
		// 1e9 + U(0,1): variance about 1/12. x − 1e9 is exact in doubles (Sterbenz), so the
		// two-pass reference on the shifted values is accurate; variance does not depend on the shift.
		double offset = 1e9;
		double[] values = new double[1_000_000];
		Random random = new Random(7L);
		for (int i = 0; i < values.length; i++) {
			values[i] = offset + random.nextDouble();
		}
		double[] reference = twoPass(values, offset);
		RunningStats stats = of(values);
		assertEquals(reference[0], stats.mean(), 1e-15 * offset);
		assertEquals(reference[1], stats.variance(), 1e-6 * reference[1]);
		assertEquals(1.0 / 12.0, stats.variance(), 0.01 / 12.0, "a uniform's variance is 1/12");

		// The data really is hard: Σx²/n − mean² loses every digit here.
		double sum = 0;
		double sumOfSquares = 0;
		for (double x : values) {
			sum += x;
			sumOfSquares += x * x;
		}
		double naive = (sumOfSquares - sum * sum / values.length) / (values.length - 1);
		assertTrue(Math.abs(naive - reference[1]) > 0.5 * reference[1], "naive variance " + naive);
	}

	@Test
	void mergeEqualsSequentialAddition() {
		Random random = new Random(99L);
		double[] values = new double[100_003];
		for (int i = 0; i < values.length; i++) {
			values[i] = 1e6 + random.nextGaussian() * (i % 7 + 1);
		}
		RunningStats all = of(values);
		RunningStats first = new RunningStats();
		RunningStats second = new RunningStats();
		RunningStats third = new RunningStats();
		for (int i = 0; i < values.length; i++) {
			(i < 17 ? first : i < 60_000 ? second : third).add(values[i]);
		}
		first.merge(second);
		first.merge(third);
		assertEquals(all.count(), first.count());
		assertEquals(all.min(), first.min());
		assertEquals(all.max(), first.max());
		assertEquals(all.mean(), first.mean(), 1e-15 * all.mean());
		assertEquals(all.variance(), first.variance(), 1e-9 * all.variance());
		assertEquals(all.sum(), first.sum(), 1e-15 * all.sum());
	}

	@Test
	void mergeWithEmptyIsIdentity() {
		RunningStats stats = of(1, 2, 3);
		stats.merge(new RunningStats());
		assertEquals(3, stats.count());
		assertEquals(1.0, stats.variance(), 1e-15);

		RunningStats empty = new RunningStats();
		empty.merge(stats);
		assertEquals(3, empty.count());
		assertEquals(2.0, empty.mean(), 1e-15);
		assertEquals(1.0, empty.variance(), 1e-15);
		assertEquals(1.0, empty.min());
		assertEquals(3.0, empty.max());
	}

	@Test
	void oneObservationHasZeroVariance() {
		RunningStats stats = of(42.0);
		assertEquals(42.0, stats.mean());
		assertEquals(0.0, stats.variance());
		assertEquals(0.0, stats.standardDeviation());
	}

	@Test
	void emptyHasNoMeanButAZeroSum() {
		RunningStats stats = new RunningStats();
		assertEquals(0, stats.count());
		assertTrue(stats.meanIfAny().isEmpty());
		assertEquals(0.0, stats.sum());
		assertThrows(IllegalStateException.class, stats::mean);
		assertThrows(IllegalStateException.class, stats::variance);
		assertThrows(IllegalStateException.class, stats::min);
		assertThrows(IllegalStateException.class, stats::max);
	}

	@Test
	void rejectsNonFiniteObservations() {
		RunningStats stats = new RunningStats();
		assertThrows(IllegalArgumentException.class, () -> stats.add(Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> stats.add(Double.POSITIVE_INFINITY));
		assertEquals(0, stats.count());
	}

	private static RunningStats of(double... values) {
		RunningStats stats = new RunningStats();
		for (double x : values) {
			stats.add(x);
		}
		return stats;
	}

	/** {mean, sample variance} by the two-pass formula, on values shifted by {@code shift}. */
	private static double[] twoPass(double[] values, double shift) {
		double sum = 0;
		for (double x : values) {
			sum += x - shift;
		}
		double mean = sum / values.length;
		double squares = 0;
		for (double x : values) {
			double d = x - shift - mean;
			squares += d * d;
		}
		return new double[] { mean + shift, squares / (values.length - 1) };
	}
}
