package org.aiaas.sim.compute;

import static org.aiaas.sim.compute.RooflineTest.assertMessageNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EnergyAndCostTest {

	// An A100 SXM: 400 W board power at full load; 100 W idle taken as a round figure.
	private static final double IDLE = 100;
	private static final double MAX = 400;

	@Test
	void powerIsLinearInUtilisation() {
		// P = 100 + 300·u: 100 W, 250 W, 400 W.
		assertEquals(100.0, Energy.watts(IDLE, MAX, 0.0));
		assertEquals(250.0, Energy.watts(IDLE, MAX, 0.5));
		assertEquals(400.0, Energy.watts(IDLE, MAX, 1.0));
	}

	@Test
	void utilisationOutsideZeroToOneIsClamped() {
		assertEquals(400.0, Energy.watts(IDLE, MAX, 1.5));
		assertEquals(100.0, Energy.watts(IDLE, MAX, -0.2));
	}

	@Test
	void energyOfAnHourHalfBusy() {
		// 100 W · 3600 s + 300 W · 1800 s = 360 kJ + 540 kJ = 900 kJ = 0.25 kWh,
		// the same as 250 W (u = 0.5) for an hour.
		assertEquals(900_000.0, Energy.joules(IDLE, MAX, 1800, 3600), 1e-9);
		assertEquals(Energy.watts(IDLE, MAX, 0.5) * 3600, Energy.joules(IDLE, MAX, 1800, 3600), 1e-9);
	}

	@Test
	void busyTimeBeyondTheTotalCountsAsFullyBusy() {
		assertEquals(400.0 * 10, Energy.joules(IDLE, MAX, 10.000001, 10), 1e-9);
	}

	@Test
	void costIsPricePerHourTimesHoursHeld() {
		// 98 $/h (an 8×H100 instance's on-demand price, rounded) for 30 min: 98 · 0.5 = 49 $.
		assertEquals(49.0, Cost.dollars(98, 1800), 1e-12);
		assertEquals(0.0, Cost.dollars(98, 0));
	}

	@Test
	void badArgumentsAreNamed() {
		assertMessageNames("utilization", () -> Energy.watts(IDLE, MAX, Double.NaN));
		assertMessageNames("maxWatts", () -> Energy.watts(IDLE, 50, 0.5));
		assertMessageNames("idleWatts", () -> Energy.watts(-1, MAX, 0.5));
		assertMessageNames("busySeconds", () -> Energy.joules(IDLE, MAX, -1, 10));
		assertMessageNames("totalSeconds", () -> Energy.joules(IDLE, MAX, 1, Double.NaN));
		assertMessageNames("pricePerHour", () -> Cost.dollars(-98, 1800));
		assertMessageNames("seconds", () -> Cost.dollars(98, Double.POSITIVE_INFINITY));
	}
}
