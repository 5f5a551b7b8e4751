package org.aiaas.sim.compute;

import static org.aiaas.sim.compute.RooflineTest.assertMessageNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LlmTimingTest {

	// A 7 B-parameter model in fp16 (Llama-2-7B rounded): weights 1.4e10 B, KV 512 KiB per token.
	private static final double PARAMS = 7e9;
	private static final double FP16 = 2;
	private static final double KV_PER_TOKEN = 524_288;
	// NVIDIA A100 80GB SXM data sheet: 312 TFLOPS fp16 dense, 2,039 GB/s HBM2e.
	// With the default efficiencies: 1.56e14 FLOP/s and 1.6312e12 B/s attained.
	private static final double A100_FLOPS = 312e12;
	private static final double A100_BANDWIDTH = 2.039e12;
	private static final double ATTAINED_FLOPS = 312e12 * 0.5;
	private static final double ATTAINED_BANDWIDTH = 2.039e12 * 0.8;
	private static final Efficiency PEAK = new Efficiency(1.0, 1.0);

	@Test
	void longPromptPrefillIsComputeBound() {
		// 2,048 tokens: compute 2·7e9·2048 / 1.56e14 ≈ 184 ms; weights 1.4e10 / 1.6312e12 ≈ 8.6 ms.
		double compute = 2 * PARAMS * 2048 / ATTAINED_FLOPS;
		double memory = 1.4e10 / ATTAINED_BANDWIDTH;
		assertTrue(compute > memory);
		assertEquals(compute, prefill(2048), 1e-12);
	}

	@Test
	void prefillTurnsComputeBoundAtTheRidgePoint() {
		// In fp16 prefill does 2·P·p FLOPs per 2·P bytes: intensity = p FLOP/B. The attained ridge is
		// 1.56e14 / 1.6312e12 ≈ 95.6 FLOP/B, so 95 prompt tokens are memory-bound, 96 compute-bound.
		assertEquals(1.4e10 / ATTAINED_BANDWIDTH, prefill(95), 1e-15);
		assertEquals(2 * PARAMS * 96 / ATTAINED_FLOPS, prefill(96), 1e-15);
		assertTrue(prefill(96) > prefill(95));
		// A single token reads all weights for almost no arithmetic: 8.58 ms, memory-bound.
		assertEquals(1.4e10 / ATTAINED_BANDWIDTH, prefill(1), 1e-15);
	}

	@Test
	void decodeIsMemoryBound() {
		// One sequence with 2,048 tokens of context: memory (1.4e10 + 2048·524,288) / 1.6312e12 ≈ 9.24 ms
		// (≈ 108 tokens/s); compute 2·7e9 / 1.56e14 ≈ 0.09 ms — 100× shorter.
		double kv = 2048 * KV_PER_TOKEN;
		double memory = (1.4e10 + kv) / ATTAINED_BANDWIDTH;
		assertTrue(2 * PARAMS / ATTAINED_FLOPS < memory / 100);
		assertEquals(memory, LlmTiming.decodeStepSeconds(PARAMS, 1, kv, FP16, A100_FLOPS, A100_BANDWIDTH,
				Efficiency.DEFAULT), 1e-15);
	}

	@Test
	void decodeBatchesBecomeComputeBoundOnlyPastTheRidge() {
		// Without KV traffic a decode batch of b has intensity b FLOP/B (fp16), the same ridge 95.6:
		// b = 95 is memory-bound at 8.58 ms, b = 96 compute-bound at 96·2·7e9 / 1.56e14 ≈ 8.62 ms.
		assertEquals(1.4e10 / ATTAINED_BANDWIDTH, decodeWithoutKv(95), 1e-15);
		assertEquals(96 * 2 * PARAMS / ATTAINED_FLOPS, decodeWithoutKv(96), 1e-15);
	}

	@Test
	void endToEndIsPrefillPlusOneDecodeStepPerFurtherToken() {
		// 1 B params fp16 (2e9 B), 1 MB of KV per token, 100 TFLOP/s and 1 TB/s at peak.
		// Prefill of 1,000 tokens: max(2e12 / 1e14, 2e9 / 1e12) = 20 ms — the first token.
		// Step 1 reads 1,000 tokens of cache: (2e9 + 1e9) / 1e12 = 3 ms; step 2 reads 1,001: 3.001 ms.
		assertEquals(0.020, LlmTiming.endToEndSeconds(1e9, 1000, 1, 1e6, 2, 100e12, 1e12, PEAK), 1e-15);
		assertEquals(0.020 + 0.003 + 0.003001, LlmTiming.endToEndSeconds(1e9, 1000, 3, 1e6, 2, 100e12, 1e12, PEAK),
				1e-15);
		// No output tokens (scoring, embedding): the prefill alone.
		assertEquals(0.020, LlmTiming.endToEndSeconds(1e9, 1000, 0, 1e6, 2, 100e12, 1e12, PEAK), 1e-15);
	}

	@Test
	void endToEndWhenEarlyStepsAreComputeBoundAndLaterOnesMemoryBound() {
		// 1 B params fp16, 1 MB KV per token, 0.5 TFLOP/s and 1 TB/s at peak, 1,000-token prompt,
		// 2,001 output tokens. Prefill: max(2e12 / 5e11, 2e9 / 1e12) = 4 s.
		// Decode step k: compute 2e9 / 5e11 = 4 ms; memory 2 ms + (1000 + k − 1) · 1 µs = 3 ms + (k − 1) µs,
		// which reaches 4 ms at k = 1001. Steps 1…1000: 1000 · 4 ms = 4 s.
		// Steps 1001…2000: 1000 · 3 ms + Σ_{j=1000}^{1999} j µs = 3 s + 1,499,500 µs = 4.4995 s.
		// Total 4 + 4 + 4.4995 = 12.4995 s.
		double total = LlmTiming.endToEndSeconds(1e9, 1000, 2001, 1e6, 2, 0.5e12, 1e12, PEAK);
		assertEquals(12.4995, total, 1e-9);
		// The closed form agrees with summing the documented steps one by one.
		double stepByStep = LlmTiming.prefillSeconds(1e9, 1000, 2, 0.5e12, 1e12, PEAK);
		for (int k = 1; k <= 2000; k++) {
			stepByStep += LlmTiming.decodeStepSeconds(1e9, 1, (1000 + k - 1) * 1e6, 2, 0.5e12, 1e12, PEAK);
		}
		assertEquals(stepByStep, total, 1e-9);
	}

	@Test
	void endToEndOfLlama2SevenBillionOnAnA100() {
		// 512-token prompt, 256 output tokens, default efficiencies.
		// Prefill: intensity 512 > ridge 95.6 → 2·7e9·512 / 1.56e14 ≈ 45.9 ms.
		// 255 decode steps, all memory-bound, reading 255 · 1.4e10 B of weights and the cache of
		// Σ_{k=1}^{255} (512 + k − 1) = 255·512 + 255·254/2 = 130,560 + 32,385 = 162,945 tokens.
		double prefill = 2 * PARAMS * 512 / ATTAINED_FLOPS;
		double decode = (255 * 1.4e10 + 162_945 * KV_PER_TOKEN) / ATTAINED_BANDWIDTH;
		assertEquals(prefill + decode, LlmTiming.endToEndSeconds(PARAMS, 512, 256, KV_PER_TOKEN, FP16, A100_FLOPS,
				A100_BANDWIDTH, Efficiency.DEFAULT), 1e-12);
	}

	@Test
	void badArgumentsAreNamed() {
		assertMessageNames("promptTokens", () -> LlmTiming.prefillSeconds(7e9, 0, 2, 1e14, 1e12, Efficiency.DEFAULT));
		assertMessageNames("params", () -> LlmTiming.prefillSeconds(Double.NaN, 10, 2, 1e14, 1e12, Efficiency.DEFAULT));
		assertMessageNames("bandwidth", () -> LlmTiming.prefillSeconds(7e9, 10, 2, 1e14, 0, Efficiency.DEFAULT));
		assertMessageNames("batch", () -> LlmTiming.decodeStepSeconds(7e9, 0, 0, 2, 1e14, 1e12, Efficiency.DEFAULT));
		assertMessageNames("kvBytesTotal", () -> LlmTiming.decodeStepSeconds(7e9, 1, -1, 2, 1e14, 1e12, Efficiency.DEFAULT));
		assertMessageNames("bytesPerValue", () -> LlmTiming.decodeStepSeconds(7e9, 1, 0, 0, 1e14, 1e12, Efficiency.DEFAULT));
		assertMessageNames("outputTokens", () -> LlmTiming.endToEndSeconds(7e9, 10, -1, 1, 2, 1e14, 1e12, Efficiency.DEFAULT));
		assertMessageNames("kvBytesPerToken", () -> LlmTiming.endToEndSeconds(7e9, 10, 5, Double.NaN, 2, 1e14, 1e12,
				Efficiency.DEFAULT));
	}

	private static double prefill(int promptTokens) {
		return LlmTiming.prefillSeconds(PARAMS, promptTokens, FP16, A100_FLOPS, A100_BANDWIDTH, Efficiency.DEFAULT);
	}

	private static double decodeWithoutKv(int batch) {
		return LlmTiming.decodeStepSeconds(PARAMS, batch, 0, FP16, A100_FLOPS, A100_BANDWIDTH, Efficiency.DEFAULT);
	}
}
