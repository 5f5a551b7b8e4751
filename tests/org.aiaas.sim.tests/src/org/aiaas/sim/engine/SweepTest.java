package org.aiaas.sim.engine;

import static org.aiaas.sim.engine.SimulationFixture.metric;
import static org.aiaas.sim.engine.SimulationFixture.run;
import static org.aiaas.sim.engine.SimulationFixture.variant;
import static org.aiaas.sim.engine.TheoryAssertions.assertMatchesTheory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.SweepValue;
import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;

/**
 * 'sweep' runs one variant per value (times the compared policies), and every point matches
 * queueing theory for the parameter it was run with.
 */
class SweepTest {

	@Test
	void sweptSlotsMatchErlangCAtEveryPoint() {
		// M/M/c with λ = 3/s, E[S] = 1 s (a = 3 Erlang), c = 4, 5, 6:
		// Wq = C(c, a) / (cμ − λ) with Erlang C — about 0.509 s, 0.118 s and 0.035 s.
		SimulationResult result = run("scenario S { seed 5 duration 20000 s warmup 500 s replications 8\n"
				+ "  node server cloud { slots 1 }\n"
				+ "  workload jobs at server { arrivals poisson 3 /s service exponential 1 s }\n"
				+ "  sweep server.slots values 4, 5, 6\n}\n");
		assertEquals(List.of("fcfs · server.slots=4", "fcfs · server.slots=5", "fcfs · server.slots=6"),
				result.variants().stream().map(VariantResult::name).toList());
		for (int c = 4; c <= 6; c++) {
			VariantResult point = variant(result, "fcfs · server.slots=" + c);
			assertEquals(List.of(new SweepValue("server.slots", c, "")), point.sweep());
			double wq = QueueingTheoryTest.erlangC(c, 3.0) / (c - 3.0);
			assertMatchesTheory("M/M/" + c + " Wq", wq, metric(point, "meanWaitS"));
			// Utilisation per slot = a / c.
			assertMatchesTheory("M/M/" + c + " utilisation", 3.0 / c, point.nodes().get(0).utilization());
		}
	}

	@Test
	void aRangeOfArrivalRatesCrossedWithComparedSchedulers() {
		// 2 /s .. 8 /s in 4 steps: 2, 4, 6, 8 /s, each with fcfs and srpt → 8 variants.
		// M/M/1 with μ = 10/s under FCFS: W = 1 / (μ − λ) = 0.125, 0.1667, 0.25, 0.5 s.
		SimulationResult result = run("scenario S { seed 6 duration 20000 s warmup 200 s replications 8\n"
				+ "  node server cloud { slots 1 }\n"
				+ "  workload jobs at server { arrivals poisson 1 /s service exponential 100 ms }\n"
				+ "  compare scheduler fcfs, srpt\n"
				+ "  sweep jobs.rate 2 /s .. 8 /s steps 4\n}\n");
		assertEquals(8, result.variants().size(), "4 rates × 2 schedulers");
		assertEquals("fcfs · jobs.rate=2 /s", result.variants().get(0).name());
		assertEquals("srpt · jobs.rate=2 /s", result.variants().get(1).name());
		assertEquals("srpt · jobs.rate=8 /s", result.variants().get(7).name());
		double previousSrpt = 0;
		for (int lambda = 2; lambda <= 8; lambda += 2) {
			VariantResult fcfs = variant(result, "fcfs · jobs.rate=" + lambda + " /s");
			assertMatchesTheory("M/M/1 W at λ = " + lambda, 1.0 / (10 - lambda), metric(fcfs, "meanResponseS"));
			// Throughput = λ (stable queue); within 2 % (its Poisson noise, not a confidence claim).
			assertEquals(lambda, metric(fcfs, "throughputPerS").mean(), 0.02 * lambda, "throughput at λ = " + lambda);
			// SRPT never loses to FCFS; common random numbers make the pairwise comparison exact
			// (the same arrivals and sizes in both variants).
			double srpt = metric(variant(result, "srpt · jobs.rate=" + lambda + " /s"), "meanResponseS").mean();
			assertTrue(srpt <= metric(fcfs, "meanResponseS").mean(), "srpt ≤ fcfs at λ = " + lambda);
			assertTrue(srpt > previousSrpt, "response time grows with the load");
			previousSrpt = srpt;
		}
		// Same seed, same arrivals: the variants at one rate were offered exactly the same requests.
		assertEquals(variant(result, "fcfs · jobs.rate=6 /s").offered(),
				variant(result, "srpt · jobs.rate=6 /s").offered());
	}

	@Test
	void anAcceleratorsBandwidthSetsAMemoryBoundServiceTime() {
		// 1 G fp16 parameters = 2 GB of weights per request, 1 MFLOP: memory-bound. Roofline with the
		// default memory efficiency 0.8: s = 2·10^9 / (bandwidth · 0.8) = 25 ms at 100 GB/s, 12.5 ms at
		// 200 GB/s. Constant arrivals every 100 ms never queue, so the response time is s exactly.
		SimulationResult result = run("scenario S { seed 8 duration 100 s warmup 10 s replications 2\n"
				+ "  gpu G { fp16 100 TFLOPS memory 80 GB bandwidth 1 TB/s }\n"
				+ "  node server cloud { gpus 1 x G }\n  model m { params 1 B flops 1 MFLOP }\n"
				+ "  workload jobs at server { model m arrivals constant 10 /s }\n"
				+ "  sweep G.bandwidth values 100 GB/s, 200 GB/s\n}\n");
		double compute = 1e6 / (100e12 * 0.5);
		assertEquals(Math.max(compute, 2e9 / (100e9 * 0.8)),
				metric(variant(result, "fcfs · G.bandwidth=100 GB/s"), "meanResponseS").mean(), 1e-9);
		assertEquals(Math.max(compute, 2e9 / (200e9 * 0.8)),
				metric(variant(result, "fcfs · G.bandwidth=200 GB/s"), "meanResponseS").mean(), 1e-9);
	}

	@Test
	void twoSweepsFormACrossProduct() {
		SimulationResult result = run("scenario S { seed 7 duration 200 s warmup 20 s replications 2\n"
				+ "  node server cloud { slots 1 }\n"
				+ "  workload jobs at server { arrivals poisson 5 /s service exponential 100 ms }\n"
				+ "  sweep server.slots values 1, 2\n  sweep jobs.deadline values 200 ms, 1 s, 5 s\n}\n");
		assertEquals(6, result.variants().size(), "2 slot counts × 3 deadlines");
		assertEquals("fcfs · server.slots=2 · jobs.deadline=200 ms", result.variants().get(3).name());
		assertEquals(2, result.variants().get(3).sweep().size());
	}

	@Test
	void aFractionalSlotCountIsRefusedWithAMessage() {
		ScenarioException error = assertThrows(ScenarioException.class, () -> run(
				"scenario S { node server cloud { slots 1 }\n"
						+ "  workload jobs at server { arrivals poisson 5 /s service exponential 100 ms }\n"
						+ "  sweep server.slots 1 .. 2 steps 3\n}\n"));
		assertTrue(error.getMessage().contains("server.slots") && error.getMessage().contains("1.5 is not a whole number"),
				error.getMessage());
	}
}
