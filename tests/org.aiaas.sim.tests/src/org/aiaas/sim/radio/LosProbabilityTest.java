package org.aiaas.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** TR 38.901 Table 7.4.2-1 at 0, 18, 100 and 1000 m, the expected values written out from its rows. */
class LosProbabilityTest {

	private static final double TOLERANCE = 1e-12;

	private static double p(Environment env, double d) {
		return PathLoss.losProbability(env, d, PathLoss.defaultUserHeight(env));
	}

	@Test
	void ruralMacro() {
		// 1 up to 10 m, then exp(−(d − 10) / 1000).
		assertEquals(1.0, p(Environment.RMA, 0));
		assertEquals(Math.exp(-8.0 / 1000), p(Environment.RMA, 18), TOLERANCE);
		assertEquals(Math.exp(-90.0 / 1000), p(Environment.RMA, 100), TOLERANCE);
		assertEquals(Math.exp(-990.0 / 1000), p(Environment.RMA, 1000), TOLERANCE);
	}

	@Test
	void urbanMicroStreetCanyon() {
		// 1 up to 18 m, then 18/d + exp(−d/36)(1 − 18/d).
		assertEquals(1.0, p(Environment.UMI, 0));
		assertEquals(1.0, p(Environment.UMI, 18));
		assertEquals(0.18 + Math.exp(-100.0 / 36) * 0.82, p(Environment.UMI, 100), TOLERANCE);
		assertEquals(0.018 + Math.exp(-1000.0 / 36) * 0.982, p(Environment.UMI, 1000), TOLERANCE);
	}

	@Test
	void urbanMacroAtStreetLevel() {
		// 1 up to 18 m, then [18/d + exp(−d/63)(1 − 18/d)] · (1 + C'(hUT) …) with C' = 0 for hUT ≤ 13 m.
		assertEquals(1.0, p(Environment.UMA, 0));
		assertEquals(1.0, p(Environment.UMA, 18));
		assertEquals(0.18 + Math.exp(-100.0 / 63) * 0.82, p(Environment.UMA, 100), TOLERANCE);
		assertEquals(0.018 + Math.exp(-1000.0 / 63) * 0.982, p(Environment.UMA, 1000), TOLERANCE);
	}

	@Test
	void urbanMacroOnTheEighteenthFloor() {
		// hUT = 18 m: C' = ((18 − 13)/10)^1.5; at 100 m the factor is 1 + C' · 5/4 · 1³ · exp(−100/150).
		double c = Math.pow(0.5, 1.5);
		double expected = (0.18 + Math.exp(-100.0 / 63) * 0.82) * (1 + c * 1.25 * Math.exp(-100.0 / 150));
		assertEquals(expected, PathLoss.losProbability(Environment.UMA, 100, 18), TOLERANCE);
	}

	@Test
	void indoorMixedOffice() {
		// 1 up to 1.2 m; exp(−(d − 1.2)/4.7) below 6.5 m; 0.32 · exp(−(d − 6.5)/32.6) from 6.5 m.
		assertEquals(1.0, p(Environment.INH, 0));
		assertEquals(Math.exp(-(5 - 1.2) / 4.7), p(Environment.INH, 5), TOLERANCE);
		assertEquals(0.32 * Math.exp(-(18 - 6.5) / 32.6), p(Environment.INH, 18), TOLERANCE);
		assertEquals(0.32 * Math.exp(-(100 - 6.5) / 32.6), p(Environment.INH, 100), TOLERANCE);
		assertEquals(0.32 * Math.exp(-(1000 - 6.5) / 32.6), p(Environment.INH, 1000), TOLERANCE);
	}
}
