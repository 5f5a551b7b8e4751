package org.aiaas.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** TS 38.211 §4.2/4.3.2: Δf = 15 kHz · 2^μ, slot = 1 ms / 2^μ (14 symbols, normal cyclic prefix). */
class SlotTest {

	@Test
	void slotLengths() {
		assertEquals(1e-3, Slot.seconds(0));
		assertEquals(0.5e-3, Slot.seconds(1));
		assertEquals(0.25e-3, Slot.seconds(2));
		assertEquals(0.125e-3, Slot.seconds(3));
		assertEquals(62.5e-6, Slot.seconds(4));
	}

	@Test
	void subcarrierSpacings() {
		assertEquals(15e3, Slot.subcarrierSpacingHz(0));
		assertEquals(30e3, Slot.subcarrierSpacingHz(1));
		assertEquals(60e3, Slot.subcarrierSpacingHz(2));
		assertEquals(120e3, Slot.subcarrierSpacingHz(3));
		assertEquals(960e3, Slot.subcarrierSpacingHz(6));
	}

	@Test
	void symbolDurationOfTs38306() {
		// T_s^μ = 10⁻³ / (14 · 2^μ): 35.7 µs at μ = 1.
		assertEquals(1e-3 / 28, Slot.symbolSeconds(1), 1e-18);
	}

	@Test
	void numerologiesOutsideZeroToSixAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> Slot.seconds(-1));
		assertThrows(IllegalArgumentException.class, () -> Slot.subcarrierSpacingHz(7));
	}
}
