package org.aiaas.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Thermal noise kT = −174 dBm/Hz; noise power −174 + 10·log10(B) + NF; SINR = P_rx − (N + margin). */
class LinkBudgetTest {

	@Test
	void hundredMegahertzWithSevenDecibelNoiseFigureIsMinus87Dbm() {
		// −174 + 10·log10(10⁸) + 7 = −174 + 80 + 7.
		assertEquals(-87.0, LinkBudget.noiseDbm(100e6, 7), 1e-9);
	}

	@Test
	void twentyMegahertzWithNineDecibelNoiseFigure() {
		// −174 + 10·log10(2·10⁷) + 9 = −174 + 73.01 + 9 = −91.99 dBm.
		assertEquals(-174 + 10 * Math.log10(20e6) + 9, LinkBudget.noiseDbm(20e6, 9), 1e-9);
		assertEquals(-91.99, LinkBudget.noiseDbm(20e6, 9), 0.01);
	}

	@Test
	void sinrIsReceivedPowerOverNoisePlusInterferenceMargin() {
		// 46 dBm − 120 dB = −74 dBm received; over −87 dBm noise raised 3 dB by interference: 10 dB.
		assertEquals(10.0, LinkBudget.sinrDb(46, 120, -87, 3), 1e-9);
	}
}
