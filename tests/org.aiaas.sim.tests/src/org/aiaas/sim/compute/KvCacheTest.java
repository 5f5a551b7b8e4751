package org.aiaas.sim.compute;

import static org.aiaas.sim.compute.RooflineTest.assertMessageNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KvCacheTest {

	// Llama-2-7B (Touvron et al. 2023, config.json): 32 layers, 32 KV heads (no GQA), head dim 128.
	private static final double LLAMA2_7B_FP16 = KvCache.bytesPerToken(32, 32, 128, NumberFormat.FP16.bytes());

	@Test
	void llama2SevenBillionTakesHalfAMebibytePerToken() {
		// K and V: 2 · 32 · 32 · 128 · 2 B = 524,288 B = 512 KiB.
		assertEquals(524_288.0, LLAMA2_7B_FP16);
		assertEquals(512.0, LLAMA2_7B_FP16 / 1024);
	}

	@Test
	void groupedQueryAttentionShrinksTheCache() {
		// Llama-2-70B: 80 layers, 8 KV heads (GQA, 64 query heads), head dim 128, fp16:
		// 2 · 80 · 8 · 128 · 2 = 327,680 B = 320 KiB, less than the 7B model's despite 10× the weights.
		assertEquals(327_680.0, KvCache.bytesPerToken(80, 8, 128, 2));
	}

	@Test
	void tokensThatFitBesideTheWeights() {
		// An 80 GB accelerator holding 13.5 GB of fp16 weights (6.74 B params × 2 B):
		// (80e9 − 13.5e9) / 524,288 = 66.5e9 / 524,288 = 126,838.68… → 126,838 whole tokens,
		// e.g. 61 sequences of 2,048 tokens.
		assertEquals(126_838L, KvCache.tokensThatFit(80e9, 13.5e9, LLAMA2_7B_FP16));
	}

	@Test
	void noTokensFitWhenTheWeightsFillTheMemory() {
		assertEquals(0L, KvCache.tokensThatFit(13.5e9, 13.5e9, LLAMA2_7B_FP16));
		assertEquals(0L, KvCache.tokensThatFit(16e9, 28e9, LLAMA2_7B_FP16));
	}

	@Test
	void badArgumentsAreNamed() {
		assertMessageNames("layers", () -> KvCache.bytesPerToken(0, 32, 128, 2));
		assertMessageNames("kvHeads", () -> KvCache.bytesPerToken(32, -1, 128, 2));
		assertMessageNames("bytesPerValue", () -> KvCache.bytesPerToken(32, 32, 128, Double.NaN));
		assertMessageNames("memoryBytes", () -> KvCache.tokensThatFit(-1, 0, 1));
		assertMessageNames("bytesPerToken", () -> KvCache.tokensThatFit(80e9, 13.5e9, 0));
	}
}
