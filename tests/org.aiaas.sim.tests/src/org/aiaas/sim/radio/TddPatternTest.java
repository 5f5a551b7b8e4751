package org.aiaas.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Shares of the 14-symbol slots of one pattern period; S = 10 DL : 2 guard : 2 UL by default. */
class TddPatternTest {

	@Test
	void dddsuGivesFiftyTwoOfSeventyDownlinkSymbols() {
		// 3 D slots · 14 + S 10 = 52 DL symbols; U 14 + S 2 = 16 UL symbols; of 5 · 14 = 70.
		TddPattern dddsu = new TddPattern("DDDSU");
		assertEquals(52.0 / 70, dddsu.downlinkShare(), 1e-12);
		assertEquals(16.0 / 70, dddsu.uplinkShare(), 1e-12);
	}

	@Test
	void dddddddsuuWithAnotherSpecialSlot() {
		// 7 D + S(6:4:4) + 2 U: DL 7 · 14 + 6 = 104, UL 2 · 14 + 4 = 32, of 140.
		TddPattern pattern = new TddPattern("DDDDDDDSUU", 6, 4, 4);
		assertEquals(104.0 / 140, pattern.downlinkShare(), 1e-12);
		assertEquals(32.0 / 140, pattern.uplinkShare(), 1e-12);
	}

	@Test
	void fddGivesEachDirectionAllOfTheTime() {
		assertEquals(1.0, TddPattern.fdd().downlinkShare());
		assertEquals(1.0, TddPattern.fdd().uplinkShare());
	}

	@Test
	void lettersOtherThanDsuAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> new TddPattern("DDXU"));
		assertThrows(IllegalArgumentException.class, () -> new TddPattern(""));
		assertThrows(IllegalArgumentException.class, () -> new TddPattern("DDDSU", 10, 2, 3));
	}
}
