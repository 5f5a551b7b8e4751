package org.aiaas.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JainFairnessTest {

	@Test
	void equalSharesAreFair() {
		assertEquals(1.0, JainFairness.index(new double[] { 3, 3, 3, 3 }).getAsDouble(), 1e-15);
	}

	@Test
	void oneOfNGettingEverythingGivesOneOverN() {
		assertEquals(0.2, JainFairness.index(new double[] { 0, 0, 7, 0, 0 }).getAsDouble(), 1e-15);
	}

	@Test
	void byHand() {
		// {1, 2, 3}: (Σx)² = 36, n·Σx² = 3·14 = 42 → 6/7.
		assertEquals(6.0 / 7.0, JainFairness.index(new double[] { 1, 2, 3 }).getAsDouble(), 1e-15);
	}

	@Test
	void doesNotDependOnScaleEvenNearOverflow() {
		// Σx² of these would overflow a double; the index is scale-free, so still 6/7.
		assertEquals(6.0 / 7.0, JainFairness.index(new double[] { 1e200, 2e200, 3e200 }).getAsDouble(), 1e-15);
	}

	@Test
	void nothingToShareHasNoIndex() {
		assertTrue(JainFairness.index(new double[0]).isEmpty());
		assertTrue(JainFairness.index(new double[] { 0, 0 }).isEmpty());
	}

	@Test
	void rejectsNegativeOrNonFiniteAllocations() {
		assertThrows(IllegalArgumentException.class, () -> JainFairness.index(new double[] { 1, -1 }));
		assertThrows(IllegalArgumentException.class, () -> JainFairness.index(new double[] { 1, Double.NaN }));
	}
}
