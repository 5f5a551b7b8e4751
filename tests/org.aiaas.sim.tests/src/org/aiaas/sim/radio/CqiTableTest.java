package org.aiaas.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * TS 38.214 Tables 5.2.2.1-2 (64QAM) and 5.2.2.1-3 (256QAM), and thresholds from the attenuated
 * Shannon bound of TR 36.942 A.2 with α = 0.75: SINR_k = 2^(efficiency_k / 0.75) − 1.
 */
class CqiTableTest {

	@Test
	void efficienciesFromTheSpecTables() {
		assertEquals(0.1523, CqiTable.QAM64.efficiency(1));
		assertEquals(5.5547, CqiTable.QAM64.efficiency(15));
		assertEquals(0.1523, CqiTable.QAM256.efficiency(1));
		assertEquals(7.4063, CqiTable.QAM256.efficiency(15));
		assertEquals(0.0, CqiTable.QAM64.efficiency(0), "CQI 0 is out of range");
		// 64QAM CQI 9: 16QAM, 616/1024 → 4 · 616/1024 = 2.40625, printed 2.4063.
		assertEquals(2.4063, CqiTable.QAM64.efficiency(9));
		assertEquals(4, CqiTable.QAM64.modulationOrder(9));
		assertEquals(616 / 1024.0, CqiTable.QAM64.codeRate(9));
		// 256QAM CQI 12: 256QAM, 711/1024 → 5.5547, the same efficiency as 64QAM CQI 15.
		assertEquals(8, CqiTable.QAM256.modulationOrder(12));
		assertEquals(711 / 1024.0, CqiTable.QAM256.codeRate(12));
		assertEquals(CqiTable.QAM64.efficiency(15), CqiTable.QAM256.efficiency(12));
	}

	@Test
	void everyEfficiencyIsModulationOrderTimesCodeRateRoundedToFourDecimals() {
		for (CqiTable table : CqiTable.values()) {
			for (int cqi = 1; cqi <= 15; cqi++) {
				double product = table.modulationOrder(cqi) * table.codeRate(cqi);
				assertEquals(product, table.efficiency(cqi), 0.00005 + 1e-12, table + " CQI " + cqi);
			}
		}
	}

	@Test
	void thresholdsFollowTheAttenuatedShannonBound() {
		// CQI 1: 2^(0.1523/0.75) − 1 = 0.1511 → −8.21 dB; 64QAM CQI 15: 2^(5.5547/0.75) − 1 → 22.27 dB.
		assertEquals(10 * Math.log10(Math.pow(2, 0.1523 / 0.75) - 1), CqiTable.QAM64.sinrThresholdDb(1), 1e-12);
		assertEquals(-8.21, CqiTable.QAM64.sinrThresholdDb(1), 0.01);
		assertEquals(10 * Math.log10(Math.pow(2, 5.5547 / 0.75) - 1), CqiTable.QAM64.sinrThresholdDb(15), 1e-12);
		assertEquals(22.27, CqiTable.QAM64.sinrThresholdDb(15), 0.01);
		assertEquals(10 * Math.log10(Math.pow(2, 7.4063 / 0.75) - 1), CqiTable.QAM256.sinrThresholdDb(15), 1e-12);
	}

	@Test
	void cqiForIsTheHighestCqiWhoseThresholdIsMet() {
		for (CqiTable table : CqiTable.values()) {
			assertEquals(0, table.cqiFor(table.sinrThresholdDb(1) - 1e-9), "outage below CQI 1");
			assertEquals(0, table.cqiFor(-30));
			assertEquals(0, table.cqiFor(Double.NaN));
			for (int cqi = 1; cqi <= 15; cqi++) {
				assertEquals(cqi, table.cqiFor(table.sinrThresholdDb(cqi)), table + " at threshold " + cqi);
				if (cqi > 1) {
					assertEquals(cqi - 1, table.cqiFor(table.sinrThresholdDb(cqi) - 1e-9), table + " below " + cqi);
				}
			}
			assertEquals(15, table.cqiFor(60));
		}
	}

	@Test
	void cqiForIsMonotone() {
		for (CqiTable table : CqiTable.values()) {
			int previous = 0;
			for (double sinr = -20; sinr <= 40; sinr += 0.05) {
				int cqi = table.cqiFor(sinr);
				assertTrue(cqi >= previous, table + " at " + sinr + " dB");
				previous = cqi;
			}
			assertEquals(15, previous);
		}
	}

	@Test
	void the256QamTableNeedsMoreSinrForItsTopCqi() {
		// Both tables share CQI 1 (QPSK 78/1024), but 256QAM CQI 15 needs about 7.5 dB more than 64QAM CQI 15.
		assertEquals(CqiTable.QAM64.sinrThresholdDb(1), CqiTable.QAM256.sinrThresholdDb(1));
		assertTrue(CqiTable.QAM256.sinrThresholdDb(15) > CqiTable.QAM64.sinrThresholdDb(15) + 7);
	}

	@Test
	void cqiOutsideOneToFifteenIsRejected() {
		assertThrows(IllegalArgumentException.class, () -> CqiTable.QAM64.modulationOrder(0));
		assertThrows(IllegalArgumentException.class, () -> CqiTable.QAM64.sinrThresholdDb(16));
	}
}
