package org.aiaas.sim.engine;

import static org.aiaas.sim.engine.SimulationFixture.metric;
import static org.aiaas.sim.engine.SimulationFixture.run;
import static org.aiaas.sim.engine.SimulationFixture.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Continuous batching worked out by hand. The hardware and model are chosen for round numbers:
 * <ul>
 * <li>fp16 100 TFLOPS at compute efficiency 1 (the node's 'efficiency 1'): 2·params = 2·10^9 FLOP
 * per token processed take 20 µs;</li>
 * <li>bandwidth 1250 GB/s at the default memory efficiency 0.8: 10^12 B/s, so reading the
 * 2·10^9 B of fp16 weights takes 2 ms;</li>
 * <li>KV per token 2 × 20 layers × 25 KV heads × 500 head dim × 2 B = 10^6 B, 1 µs to read.</li>
 * </ul>
 * So a prefill of 200 tokens takes max(4 ms compute, 2 ms weights) = 4 ms, and a decode step
 * over C cached tokens in total for b sequences max(0.02·b ms, 2 ms + C µs).
 */
class LlmServingTest {

	@TempDir
	Path folder;

	private String scenario(String memory, String traceTimes, String extra) throws IOException {
		Path trace = folder.resolve("arrivals.txt");
		Files.writeString(trace, traceTimes);
		return "scenario Llm { duration 10 s warmup 0 s replications 1\n"
				+ "  gpu TestGpu { fp16 100 TFLOPS memory " + memory + " bandwidth 1250 GB/s }\n"
				+ "  node server cloud { gpus 1 x TestGpu efficiency 1 }\n"
				+ "  model m { llm params 1 B layers 20 heads 25 kvheads 25 headdim 500 precision fp16 }\n"
				+ "  workload chat at server { model m arrivals trace \"" + trace
				+ "\" prompt constant 200 tokens output constant 3 tokens }\n" + extra + "}\n";
	}

	@Test
	void threeRequestsAreBatchedStepByStep() throws IOException {
		// A at 0, B at 1 ms, C at 5 ms; 200 prompt and 3 output tokens each; memory is plenty.
		// step 1  0     → 4     A prefill 200: max(4 ms, 2 ms) = 4 ms. A token 1 (TTFT 4).
		// step 2  4     → 8.02  A decodes (reads 200), B prefills 200: FLOPs for 201 tokens
		//                       4.02 ms > 2 + 0.2 ms. A token 2, B token 1 (TTFT 8.02 − 1 = 7.02).
		// step 3  8.02  → 12.06 A, B decode (read 201 + 200), C prefills 200: 4.04 ms > 2.401 ms.
		//                       A token 3: done (e2e 12.06); B token 2; C token 1 (TTFT 7.06).
		// step 4  12.06 → 14.461 B, C decode (read 201 + 200): 2.401 ms. B done (e2e 13.461).
		// step 5  14.461 → 16.662 C decodes (reads 201): 2.201 ms. C done (e2e 11.662).
		// TTFT mean (4 + 7.02 + 7.06)/3; TBT A (12.06 − 4)/2 = 4.03, B (14.461 − 8.02)/2 = 3.2205,
		// C (16.662 − 12.06)/2 = 2.301; waits A 0, B 3, C 3.02 ms.
		VariantResult fcfs = variant(run(scenario("80 GB", "0\n0.001\n0.005\n", "")), "fcfs");
		assertEquals(3, fcfs.completed());
		assertEquals((4 + 7.02 + 7.06) / 3 * 1e-3, metric(fcfs, "meanTtftS").mean(), 1e-12);
		assertEquals((4.03 + 3.2205 + 2.301) / 3 * 1e-3, metric(fcfs, "meanTbtS").mean(), 1e-12);
		assertEquals((12.06 + 13.461 + 11.662) / 3 * 1e-3, metric(fcfs, "meanLlmEndToEndS").mean(), 1e-12);
		assertEquals((12.06 + 13.461 + 11.662) / 3 * 1e-3, metric(fcfs, "meanResponseS").mean(), 1e-12);
		assertEquals((0 + 3 + 3.02) / 3 * 1e-3, metric(fcfs, "meanWaitS").mean(), 1e-12);
		assertEquals(0.0, metric(fcfs, "llmPreemptionsPerS").mean(), 0);
		// the replica steps from 0 to 16.662 ms of the 10 s run
		assertEquals(16.662e-3 / 10, fcfs.nodes().get(0).utilization().mean(), 1e-12);
	}

	@Test
	void energyAndCostPerOutputToken() throws IOException {
		// The three requests of threeRequestsAreBatchedStepByStep (3 output tokens each: 9 tokens);
		// the replica steps for 16.662 ms of the 10 s run. GPU idle 100 W, max 500 W:
		// 100 · 10 + 400 · 0.016662 = 1006.6648 J; node 3.6 $/h for 10 s = $0.01.
		String text = scenario("80 GB", "0\n0.001\n0.005\n", "")
				.replace("bandwidth 1250 GB/s }", "bandwidth 1250 GB/s idle 100 W power 500 W }")
				.replace("efficiency 1 }", "efficiency 1 price 3.6 $/h }");
		VariantResult fcfs = variant(run(text), "fcfs");
		assertEquals(1006.6648, metric(fcfs, "energyJ").mean(), 1e-9);
		assertEquals(1006.6648 / 9, metric(fcfs, "energyPerTokenJ").mean(), 1e-9);
		assertEquals(1006.6648 / 3, metric(fcfs, "energyPerRequestJ").mean(), 1e-9);
		assertEquals(0.01 / 9, metric(fcfs, "costPerTokenUsd").mean(), 1e-12);
	}

	@Test
	void aModelLargerThanOneAcceleratorIsShardedOverTwo() throws IOException {
		// 2 GB of weights do not fit in 1.5 GB; two accelerators hold 3 GB: the weights and
		// 1,000 tokens of KV cache (1 MB each). Four accelerators: tensor-parallel degree 2, two
		// replicas. A sharded step sees 200 TFLOPS and 2 × 10^12 B/s (2 × 1250 GB/s × 0.8):
		// prefill of 200 tokens max(4e11 / 2e14 = 2 ms, 2e9 / 2e12 = 1 ms) = 2 ms; decode steps
		// reading 2 GB + 200 MB and 2 GB + 201 MB: 1.1 and 1.1005 ms. Alone: 4.2005 ms (8.401 ms
		// unsharded, see aRequestAloneTakesPrefillPlusDecodeSteps).
		String text = scenario("1500 MB", "0\n", "").replace("gpus 1 x TestGpu", "gpus 4 x TestGpu");
		VariantResult fcfs = variant(run(text), "fcfs");
		assertEquals(1, fcfs.completed());
		assertEquals(4.2005e-3, metric(fcfs, "meanResponseS").mean(), 1e-12);
		assertEquals(2e-3, metric(fcfs, "meanTtftS").mean(), 1e-12);
		// The cache of a replica holds 1,000 tokens: a prompt of 999 with 3 output tokens peaks at
		// 1,001 and can never finish (memory); 997 + 3 − 1 = 999 fits.
		String tooLong = scenario("1500 MB", "0\n", "").replace("gpus 1 x TestGpu", "gpus 4 x TestGpu")
				.replace("prompt constant 200 tokens", "prompt constant 999 tokens");
		assertEquals(1L, variant(run(tooLong), "fcfs").lostByCause().get("memory"));
		String fits = tooLong.replace("prompt constant 999 tokens", "prompt constant 997 tokens");
		assertEquals(1, variant(run(fits), "fcfs").completed());
		// One accelerator alone cannot hold the weights: the scenario cannot run, and says why.
		ScenarioException error = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
				() -> run(scenario("1500 MB", "0\n", "")));
		assertTrue(error.getMessage().contains("does not fit in the memory of all its accelerators together"),
				error.getMessage());
	}

	@Test
	void tokensFromAnEdgeNodeAreTimedWhereTheRequestWasSent() throws IOException {
		// Phones in a cell whose backhaul reaches the edge node in L ms; 20 requests 0.5 s apart,
		// each alone at the node. Only L differs between the two runs (common random numbers: the
		// same radio draws), so every request reaches the node L later and its tokens come back L
		// later: TTFT and end to end grow by exactly 2 L = 20 ms; the gaps between tokens do not.
		Path trace = folder.resolve("spaced.txt");
		StringBuilder times = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			times.append(0.5 * i).append('\n');
		}
		Files.writeString(trace, times.toString());
		String text = "scenario LlmRadio { seed 4 duration 20 s warmup 0 s replications 2\n"
				+ "  gpu TestGpu { fp16 100 TFLOPS memory 80 GB bandwidth 1250 GB/s }\n"
				+ "  node edge1 edge { gpus 1 x TestGpu efficiency 1 }\n"
				+ "  cell gnb1 { band n78 bandwidth 100 MHz numerology 1 pathloss UMi backhaul edge1 latency LATENCY }\n"
				+ "  devices phones { count 20 in gnb1 distance 20 m .. 60 m }\n"
				+ "  model m { llm params 1 B layers 20 heads 25 kvheads 25 headdim 500 precision fp16 }\n"
				+ "  workload chat from phones { model m arrivals trace \"" + trace
				+ "\" prompt constant 200 tokens output constant 3 tokens }\n}\n";
		VariantResult near = variant(run(text.replace("LATENCY", "0 ms")), "fcfs");
		VariantResult far = variant(run(text.replace("LATENCY", "10 ms")), "fcfs");
		assertEquals(20, near.completed() / 2);
		assertEquals(0.020, metric(far, "meanTtftS").mean() - metric(near, "meanTtftS").mean(), 1e-9);
		assertEquals(0.020, metric(far, "meanLlmEndToEndS").mean() - metric(near, "meanLlmEndToEndS").mean(), 1e-9);
		assertEquals(metric(near, "meanTbtS").mean(), metric(far, "meanTbtS").mean(), 1e-12);
		// Alone at the node, the first token comes 4 ms (prefill) after arrival; the way there
		// (uplink) and back (at least one downlink access slot, 0.5 ms at μ = 1) add more.
		assertTrue(metric(near, "meanTtftS").mean() > 0.0045, "TTFT " + metric(near, "meanTtftS").mean());
	}

	@Test
	void aNodeServingLlmAndOtherRequestsIsNamedInAWarning() throws IOException {
		// The engine serves the two kinds independently at one node (documented); the run must say
		// so for the node where they meet, and only there.
		String both = scenario("80 GB", "0\n", "  workload tools at server { arrivals poisson 1 /s service constant 10 ms }\n");
		VariantResult mixed = variant(run(both), "fcfs");
		assertTrue(mixed.warnings().stream().anyMatch(w -> w.startsWith("node server can receive both LLM and other")),
				"warnings: " + mixed.warnings());
		VariantResult llmOnly = variant(run(scenario("80 GB", "0\n", "")), "fcfs");
		assertTrue(llmOnly.warnings().stream().noneMatch(w -> w.contains("LLM and other")), "warnings: " + llmOnly.warnings());
	}

	@Test
	void aRequestAloneTakesPrefillPlusDecodeSteps() throws IOException {
		// One request: prefill 4 ms, then decode steps reading 200 and 201 tokens: 2.2 + 2.201 ms.
		VariantResult fcfs = variant(run(scenario("80 GB", "0\n", "")), "fcfs");
		assertEquals(4e-3, metric(fcfs, "meanTtftS").mean(), 1e-12);
		assertEquals((2.2 + 2.201) / 2 * 1e-3, metric(fcfs, "meanTbtS").mean(), 1e-12);
		assertEquals(8.401e-3, metric(fcfs, "meanResponseS").mean(), 1e-12);
	}

	@Test
	void theCacheAdmitsOnlyWhatFitsAndATooBigRequestIsLostForMemory() throws IOException {
		// Memory 2.404 GB = 2 GB weights + 404 tokens of 1 MB: exactly two sequences at their peak
		// of 200 + 3 − 1 = 202 tokens. A, B, C arrive at t = 0; A starts alone (B and C arrive
		// while its step runs).
		// step 1 0 → 4: A prefill. Cache 200.
		// step 2 4 → 8.02: A reserves 1 (201); B's prefill 200 fits (401 ≤ 404), C's does not
		//        (601): C waits although the batch is not limited.
		// step 3 8.02 → 10.421: A, B grow to 202 + 201 = 403 ≤ 404; C still does not fit; decode
		//        reads 401: 2.401 ms. A done, frees 202.
		// step 4 10.421 → 14.441: B grows (202); C's prefill fits (402); max(FLOPs of 201 tokens
		//        4.02 ms, 2 + 0.201 ms). B done; C token 1: TTFT 14.441 ms.
		// TTFT mean (4 + 8.02 + 14.441)/3; waits 0, 4 and 10.421 ms.
		// A 'long' request of 400 + 10 tokens would peak at 409 > 404 tokens: lost, cause memory.
		String longOne = "  workload long at server { model m arrivals trace \"" + folder.resolve("arrivals.txt")
				+ "\" prompt constant 400 tokens output constant 10 tokens }\n";
		VariantResult fcfs = variant(run(scenario("2404 MB", "0\n0\n0\n", longOne)), "fcfs");
		assertEquals(3, fcfs.completed());
		assertEquals(3L, fcfs.lostByCause().get("memory"));
		assertEquals((4 + 8.02 + 14.441) / 3 * 1e-3, metric(fcfs, "meanTtftS").mean(), 1e-12);
		assertEquals((0 + 4 + 10.421) / 3 * 1e-3, metric(fcfs, "meanWaitS").mean(), 1e-12);
	}

	@Test
	void growthBeyondTheCachePreemptsTheNewestSequence() throws IOException {
		// Memory 2.401 GB: 401 tokens. A and B arrive at 0; A starts alone.
		// step 1 0 → 4: A prefill (200). step 2 4 → 8.02: A grows to 201, B's prefill 200 fits (401).
		// step 3 at 8.02: A and B would grow to 403 > 401: B (admitted last) is preempted and drops
		//        its 200 tokens; its re-prefill of 200 + 1 tokens does not fit beside A's 202.
		//        A decodes alone reading 201: 2.201 ms → 10.221, A done.
		// step 4 10.221 → 14.241: B recomputes 201 tokens: max(4.02, 2) ms; B token 2.
		// step 5 14.241 → 16.442: B reads 201: 2.201 ms. B done.
		// TTFT A 4, B 8.02 (its first token came before the preemption); TBT A (10.221 − 4)/2,
		// B (16.442 − 8.02)/2; one preemption in 10 s.
		VariantResult fcfs = variant(run(scenario("2401 MB", "0\n0\n", "")), "fcfs");
		assertEquals(2, fcfs.completed());
		assertEquals((4 + 8.02) / 2 * 1e-3, metric(fcfs, "meanTtftS").mean(), 1e-12);
		assertEquals(((10.221 - 4) / 2 + (16.442 - 8.02) / 2) / 2 * 1e-3, metric(fcfs, "meanTbtS").mean(), 1e-12);
		assertEquals((10.221 + 16.442) / 2 * 1e-3, metric(fcfs, "meanLlmEndToEndS").mean(), 1e-12);
		assertEquals(0.1, metric(fcfs, "llmPreemptionsPerS").mean(), 1e-12);
	}

	@Test
	void theSlotsLimitTheBatch() throws IOException {
		// 'slots 1' on one GPU: one sequence at a time. A (0) runs 0 → 8.401 ms alone (see above),
		// B (0) then runs 8.401 → 16.802: TTFT B = 12.401 ms, mean (4 + 12.401)/2.
		String text = scenario("80 GB", "0\n0\n", "").replace("efficiency 1 }", "efficiency 1 slots 1 }");
		VariantResult fcfs = variant(run(text), "fcfs");
		assertEquals((4 + 12.401) / 2 * 1e-3, metric(fcfs, "meanTtftS").mean(), 1e-12);
	}

	@Test
	void theSchedulerOrdersAdmission() throws IOException {
		// 'slots 1': one sequence at a time. 'first' (0 ms, 3 tokens) runs 0 → 8.401 ms alone.
		// 'long' (1 ms, 10 tokens) and 'short' (2 ms, 3 tokens) wait; at 8.401 one is admitted.
		// long alone: prefill 4 ms, then 9 steps reading 200..208 tokens: Σ (2.199 + 0.001·k) ms
		// = 19.836 ms. short alone: 8.401 ms.
		// fcfs: long first: TTFT 12.401 − 1; done 32.237; short TTFT 32.237 + 4 − 2 = 34.237.
		// sjf (smallest time alone first): short first: TTFT 8.401 + 4 − 2 = 10.401; done 16.802;
		// long TTFT 16.802 + 4 − 1 = 19.802.
		Path first = folder.resolve("first.txt");
		Path later = folder.resolve("later.txt");
		Path latest = folder.resolve("latest.txt");
		Files.writeString(first, "0\n");
		Files.writeString(later, "0.001\n");
		Files.writeString(latest, "0.002\n");
		String text = "scenario Llm { duration 10 s warmup 0 s replications 1\n"
				+ "  gpu TestGpu { fp16 100 TFLOPS memory 80 GB bandwidth 1250 GB/s }\n"
				+ "  node server cloud { gpus 1 x TestGpu efficiency 1 slots 1 }\n"
				+ "  model m { llm params 1 B layers 20 heads 25 kvheads 25 headdim 500 precision fp16 }\n"
				+ "  workload first at server { model m arrivals trace \"" + first
				+ "\" prompt constant 200 tokens output constant 3 tokens }\n"
				+ "  workload long at server { model m arrivals trace \"" + later
				+ "\" prompt constant 200 tokens output constant 10 tokens }\n"
				+ "  workload short at server { model m arrivals trace \"" + latest
				+ "\" prompt constant 200 tokens output constant 3 tokens }\n"
				+ "  compare scheduler fcfs, sjf\n}\n";
		var result = run(text);
		assertEquals((4 + 11.401 + 34.237) / 3 * 1e-3, metric(variant(result, "fcfs"), "meanTtftS").mean(), 1e-12);
		assertEquals((4 + 10.401 + 19.802) / 3 * 1e-3, metric(variant(result, "sjf"), "meanTtftS").mean(), 1e-12);
	}

	@Test
	void llmMetricsAreAbsentWithoutLlmWorkloads() throws IOException {
		Path trace = folder.resolve("t.txt");
		Files.writeString(trace, "0\n");
		VariantResult fcfs = variant(run("scenario Q { duration 10 s warmup 0 s replications 1\n"
				+ "  node server cloud { slots 1 }\n"
				+ "  workload a at server { arrivals trace \"" + trace + "\" service constant 1 s }\n}\n"), "fcfs");
		assertFalse(fcfs.metrics().containsKey("meanTtftS"));
	}
}
