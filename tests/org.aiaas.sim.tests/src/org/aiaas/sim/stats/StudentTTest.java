package org.aiaas.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTTest {

	private static final double[] PROBABILITIES = { 1e-300, 1e-20, 1e-9, 1e-4, 0.001, 0.01, 0.025, 0.05, 0.1, 0.2,
			0.3, 0.4, 0.45, 0.49, 0.499999, 0.500001, 0.51, 0.6, 0.75, 0.8, 0.9, 0.95, 0.975, 0.99, 0.995, 0.9999,
			1 - 1e-9, 1 - 1e-15 };

	@ParameterizedTest(name = "t({0}, {1}) = {2}")
	@CsvSource({
			// Standard two-sided critical values, as printed (six decimals) in t tables.
			"0.975, 1, 12.706205", "0.975, 4, 2.776445", "0.975, 9, 2.262157", "0.975, 29, 2.045230",
			"0.975, 1000, 1.962339", "0.995, 10, 3.169273" })
	void quantilesMatchTheTables(double p, int df, double expected) {
		assertEquals(expected, StudentT.quantile(p, df), 5e-7 + 1e-12 * expected, "table rounding is 5e-7");
		assertEquals(-expected, StudentT.quantile(1 - p, df), 5e-7 + 1e-12 * expected, "symmetry");
	}

	@Test
	void oneDegreeOfFreedomIsCauchy() {
		// t_1 is Cauchy: F(t) = ½ + atan(t)/π, so t_p = tan(π(p − ½)) = −cot(πp) — written in the
		// form that keeps its precision for p near 0, ½ and 1.
		for (double p : PROBABILITIES) {
			double expected = Math.abs(p - 0.5) < 0.25 ? Math.tan(Math.PI * (p - 0.5))
					: p < 0.5 ? -1.0 / Math.tan(Math.PI * p) : 1.0 / Math.tan(Math.PI * (1 - p));
			assertEquals(expected, StudentT.quantile(p, 1), 1e-12 * Math.abs(expected), "p = " + p);
			assertEquals(p, StudentT.cdf(expected, 1), 1e-12 * Math.min(p, 1 - p), "p = " + p);
		}
	}

	@Test
	void twoDegreesOfFreedomHasAClosedForm() {
		// t_2: F(t) = ½ + t / (2√(2 + t²)), so t_p = (2p − 1) / √(2p(1 − p)).
		for (double p : PROBABILITIES) {
			double expected = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
			assertEquals(expected, StudentT.quantile(p, 2), 1e-12 * Math.abs(expected), "p = " + p);
		}
	}

	@Test
	void threeDegreesOfFreedomMatchesTheClosedFormCdf() {
		// t_3: F(t) = ½ + (1/π)[u/(1 + u²) + atan u] with u = t/√3.
		for (double t : new double[] { -40, -5, -2, -0.5, -1e-6, 1e-6, 0.1, 1, 3.182446, 10, 100 }) {
			double u = t / Math.sqrt(3);
			double expected = 0.5 + (u / (1 + u * u) + Math.atan(u)) / Math.PI;
			assertEquals(expected, StudentT.cdf(t, 3), 1e-13, "t = " + t);
		}
	}

	@Test
	void manyDegreesOfFreedomApproachTheNormal() {
		// Cornish–Fisher: t_p ≈ z + (z³ + z)/(4ν) + O(1/ν²); for ν = 10^6 the next term is 3e-12.
		double z = 1.959963984540054; // Φ⁻¹(0.975)
		int df = 1_000_000;
		assertEquals(z + (z * z * z + z) / (4.0 * df), StudentT.quantile(0.975, df), 1e-10);
	}

	@Test
	void cdfInvertsQuantileAcrossDegreesOfFreedom() {
		for (int df : new int[] { 1, 2, 3, 5, 7, 10, 30, 100, 1_000, 10_000, 100_000, 1_000_000 }) {
			for (double p : PROBABILITIES) {
				double t = StudentT.quantile(p, df);
				double tail = Math.min(p, 1 - p);
				double back = StudentT.cdf(t, df);
				assertEquals(tail, Math.min(back, 1 - back), 1e-9 * tail, "df = " + df + ", p = " + p);
			}
		}
	}

	@Test
	void medianIsZeroAndCdfOfZeroIsHalf() {
		assertEquals(0.0, StudentT.quantile(0.5, 7));
		assertEquals(0.5, StudentT.cdf(0.0, 7));
		assertEquals(0.0, StudentT.cdf(Double.NEGATIVE_INFINITY, 3));
		assertEquals(1.0, StudentT.cdf(Double.POSITIVE_INFINITY, 3));
	}

	@Test
	void rejectsInvalidArguments() {
		assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(0.0, 5));
		assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(1.0, 5));
		assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(Double.NaN, 5));
		assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(0.9, 0));
		assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(Double.NaN, 5));
		assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(1.0, -1));
	}
}
