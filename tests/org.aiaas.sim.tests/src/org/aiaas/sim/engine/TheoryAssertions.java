package org.aiaas.sim.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aiaas.sim.api.MetricValue;

/**
 * The check every queueing test makes: the theoretical value lies inside the simulation's 95 %
 * confidence interval, and the estimate is within 3 % of it.
 */
final class TheoryAssertions {

	private TheoryAssertions() {
	}

	static void assertMatchesTheory(String what, double theory, MetricValue simulated) {
		double mean = simulated.mean();
		double halfWidth = simulated.ci95() == null ? 0 : simulated.ci95();
		String detail = String.format("%s: theory %.5g, simulated %.5g ± %.3g", what, theory, mean, halfWidth);
		assertTrue(Math.abs(mean - theory) <= halfWidth, detail + " — theory outside the confidence interval");
		assertTrue(Math.abs(mean - theory) <= 0.03 * Math.abs(theory), detail + " — more than 3 % off");
	}
}
