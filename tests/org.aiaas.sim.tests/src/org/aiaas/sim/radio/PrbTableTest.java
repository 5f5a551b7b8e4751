package org.aiaas.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** N_RB from TS 38.101-1 Table 5.3.2-1 (FR1) and TS 38.101-2 Table 5.3.2-1 (FR2), cell by cell. */
class PrbTableTest {

	@ParameterizedTest(name = "{0} μ={2} {1} MHz → {3}")
	@CsvSource({
			// FR1, 15 kHz row
			"FR1, 5, 0, 25", "FR1, 20, 0, 106", "FR1, 35, 0, 188", "FR1, 50, 0, 270",
			// FR1, 30 kHz row
			"FR1, 5, 1, 11", "FR1, 40, 1, 106", "FR1, 45, 1, 119", "FR1, 60, 1, 162", "FR1, 100, 1, 273",
			// FR1, 60 kHz row
			"FR1, 10, 2, 11", "FR1, 50, 2, 65", "FR1, 100, 2, 135",
			// FR2, 60 kHz row
			"FR2, 50, 2, 66", "FR2, 100, 2, 132", "FR2, 200, 2, 264",
			// FR2, 120 kHz row
			"FR2, 50, 3, 32", "FR2, 100, 3, 66", "FR2, 200, 3, 132", "FR2, 400, 3, 264" })
	void definedEntries(FrequencyRange range, int mhz, int mu, int nrb) {
		assertEquals(OptionalInt.of(nrb), PrbTable.prbs(range, mhz * 1e6, mu));
	}

	@ParameterizedTest(name = "{0} μ={2} {1} MHz is N/A")
	@CsvSource({
			"FR1, 100, 0", // 15 kHz stops at 50 MHz
			"FR1, 60, 0", "FR1, 5, 2", // 60 kHz starts at 10 MHz
			"FR1, 100, 3", // 120 kHz is FR2 only
			"FR2, 400, 2", // 60 kHz stops at 200 MHz
			"FR2, 100, 1", // 30 kHz is FR1 only
			"FR1, 12, 1", // not a channel bandwidth
			"FR1, 400, 1" })
	void undefinedCombinationsAreEmpty(FrequencyRange range, int mhz, int mu) {
		assertEquals(OptionalInt.empty(), PrbTable.prbs(range, mhz * 1e6, mu));
	}

	@org.junit.jupiter.api.Test
	void aBandwidthThatIsNotAWholeMegahertzIsEmpty() {
		assertEquals(OptionalInt.empty(), PrbTable.prbs(FrequencyRange.FR1, 99.5e6, 1));
	}
}
