package org.aiaas.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Carriers in the middle of the downlink ranges of TS 38.101-1/-2 Table 5.2-1. */
class BandTableTest {

	@Test
	void n78IsTheMiddleOf3300To3800MegahertzTdd() {
		NrBand n78 = BandTable.find("n78").orElseThrow();
		assertEquals((3300 + 3800) / 2.0 * 1e6, n78.carrierHz());
		assertEquals(FrequencyRange.FR1, n78.range());
		assertTrue(n78.tdd());
	}

	@Test
	void n1IsFddAtTheMiddleOfItsDownlink2110To2170() {
		NrBand n1 = BandTable.find("n1").orElseThrow();
		assertEquals(2140e6, n1.carrierHz());
		assertFalse(n1.tdd());
	}

	@Test
	void n28DownlinkIs758To803() {
		assertEquals(780.5e6, BandTable.find("n28").orElseThrow().carrierHz());
	}

	@Test
	void n257IsFr2TddAt28Gigahertz() {
		NrBand n257 = BandTable.find("N257").orElseThrow();
		assertEquals((26500 + 29500) / 2.0 * 1e6, n257.carrierHz());
		assertEquals(FrequencyRange.FR2, n257.range());
		assertTrue(n257.tdd());
	}

	@Test
	void theTwentyBandsOfTheTableAreThere() {
		for (String name : List.of("n1", "n2", "n3", "n5", "n7", "n8", "n20", "n28", "n38", "n40", "n41", "n66", "n71",
				"n77", "n78", "n79", "n257", "n258", "n260", "n261")) {
			NrBand band = BandTable.find(name).orElseThrow(() -> new AssertionError(name));
			boolean fr2 = band.carrierHz() > 24.25e9;
			assertEquals(fr2 ? FrequencyRange.FR2 : FrequencyRange.FR1, band.range(), name);
		}
		assertEquals(20, BandTable.all().size());
	}

	@Test
	void unknownBandsAreEmpty() {
		assertEquals(Optional.empty(), BandTable.find("n999"));
		assertEquals(Optional.empty(), BandTable.find(null));
	}
}
