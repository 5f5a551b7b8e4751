package org.aiaas.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * TS 38.306 §4.1.2: rate = 10⁻⁶ · v · Q_m · f · R_max · (N_PRB · 12 / T_s^μ) · (1 − OH) Mbit/s with
 * R_max = 948/1024 and T_s^μ = 10⁻³ / (14 · 2^μ) s. Each expected value is that formula written out
 * with the configuration's numbers (×10⁶ for bit/s), N_PRB from TS 38.101-1/-2 Table 5.3.2-1.
 */
class PeakRateTest {

	private static final double R_MAX = 948.0 / 1024.0;

	private static double symbol(int mu) {
		return 1e-3 / (14 * Math.pow(2, mu));
	}

	@Test
	void fr1HundredMegahertzFourLayers256QamDownlinkIs2point34Gbps() {
		// n78, 100 MHz, 30 kHz (μ = 1): N_PRB = 273; 4 layers, Q_m = 8, f = 1, OH = 0.14 (FR1 DL).
		double expected = 4 * 8 * 1.0 * R_MAX * (273 * 12 / symbol(1)) * (1 - 0.14);
		double actual = PeakRate.bitsPerSecond(4, 8, 1.0, 273, 1, PeakRate.overhead(FrequencyRange.FR1, true));
		assertEquals(expected, actual, 1.0);
		// The figure every NR planner knows: 2.337 Gbit/s.
		assertEquals(2.337e9, actual, 1e6);
	}

	@Test
	void fr1TwentyMegahertzTwoLayers64QamDownlink() {
		// FDD 20 MHz at 15 kHz (μ = 0): N_PRB = 106; 2 layers, Q_m = 6 → about 170 Mbit/s.
		double expected = 2 * 6 * 1.0 * R_MAX * (106 * 12 / symbol(0)) * (1 - 0.14);
		assertEquals(expected, PeakRate.bitsPerSecond(2, 6, 1.0, 106, 0, 0.14), 1.0);
		assertEquals(170.1e6, expected, 0.1e6);
	}

	@Test
	void fr2HundredMegahertzTwoLayers64QamDownlink() {
		// FR2 100 MHz at 120 kHz (μ = 3): N_PRB = 66; OH = 0.18 (FR2 DL) → about 808 Mbit/s.
		double expected = 2 * 6 * 1.0 * R_MAX * (66 * 12 / symbol(3)) * (1 - 0.18);
		double actual = PeakRate.bitsPerSecond(2, 6, 1.0, 66, 3, PeakRate.overhead(FrequencyRange.FR2, true));
		assertEquals(expected, actual, 1.0);
		assertEquals(808.0e6, actual, 0.1e6);
	}

	@Test
	void fr1HundredMegahertzOneLayer64QamUplink() {
		// UL, 273 PRB at μ = 1, 1 layer, Q_m = 6, OH = 0.08 (FR1 UL) → about 469 Mbit/s.
		double expected = 1 * 6 * 1.0 * R_MAX * (273 * 12 / symbol(1)) * (1 - 0.08);
		double actual = PeakRate.bitsPerSecond(1, 6, 1.0, 273, 1, PeakRate.overhead(FrequencyRange.FR1, false));
		assertEquals(expected, actual, 1.0);
		assertEquals(468.8e6, actual, 0.1e6);
	}

	@Test
	void scalingFactorScalesLinearly() {
		// f = 0.75, one of the values a UE signals, on the 2.34 Gbit/s configuration.
		double full = 4 * 8 * R_MAX * (273 * 12 / symbol(1)) * (1 - 0.14);
		assertEquals(0.75 * full, PeakRate.bitsPerSecond(4, 8, 0.75, 273, 1, 0.14), 1.0);
	}

	@Test
	void overheadsAreThoseOfTs38306() {
		assertEquals(0.14, PeakRate.overhead(FrequencyRange.FR1, true));
		assertEquals(0.18, PeakRate.overhead(FrequencyRange.FR2, true));
		assertEquals(0.08, PeakRate.overhead(FrequencyRange.FR1, false));
		assertEquals(0.10, PeakRate.overhead(FrequencyRange.FR2, false));
	}

	@Test
	void rejectsImpossibleParameters() {
		assertThrows(IllegalArgumentException.class, () -> PeakRate.bitsPerSecond(0, 8, 1, 273, 1, 0.14));
		assertThrows(IllegalArgumentException.class, () -> PeakRate.bitsPerSecond(9, 8, 1, 273, 1, 0.14));
		assertThrows(IllegalArgumentException.class, () -> PeakRate.bitsPerSecond(4, 5, 1, 273, 1, 0.14));
		assertThrows(IllegalArgumentException.class, () -> PeakRate.bitsPerSecond(4, 8, 1.2, 273, 1, 0.14));
		assertThrows(IllegalArgumentException.class, () -> PeakRate.bitsPerSecond(4, 8, 1, 273, 7, 0.14));
		assertThrows(IllegalArgumentException.class, () -> PeakRate.bitsPerSecond(4, 8, 1, 273, 1, 1.0));
	}
}
