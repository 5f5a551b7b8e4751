package org.aiaas.sim.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberFormatTest {

	@Test
	void bytesPerValueFollowTheBitWidth() {
		// 32, 16, 16, 8 and 8 bits.
		assertEquals(4.0, NumberFormat.FP32.bytes());
		assertEquals(2.0, NumberFormat.FP16.bytes());
		assertEquals(2.0, NumberFormat.BF16.bytes());
		assertEquals(1.0, NumberFormat.FP8.bytes());
		assertEquals(1.0, NumberFormat.INT8.bytes());
	}

	@Test
	void parsesScenarioLiteralsInAnyCase() {
		assertEquals(NumberFormat.FP16, NumberFormat.of("fp16"));
		assertEquals(NumberFormat.BF16, NumberFormat.of("BF16"));
		assertEquals(NumberFormat.INT8, NumberFormat.of(" int8 "));
	}

	@Test
	void unknownLiteralListsTheKnownOnes() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberFormat.of("fp64"));
		assertTrue(e.getMessage().contains("'fp64'") && e.getMessage().contains("fp32, fp16, bf16, fp8, int8"),
				e.getMessage());
	}
}
