package org.aiaas.sim.engine;

import static org.aiaas.sim.engine.SimulationFixture.metric;
import static org.aiaas.sim.engine.SimulationFixture.run;
import static org.aiaas.sim.engine.SimulationFixture.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dynamic batching worked out by hand. fp16 100 TFLOPS at compute efficiency 1 and 1250 GB/s at
 * the default memory efficiency 0.8 (10^12 B/s); the model has 500 M fp16 parameters (10^9 B of
 * weights, 1 ms to read) and 10 GFLOP per request (0.1 ms). A batch of n therefore takes
 * max(0.1·n ms, 1 ms): 1 ms for anything up to 10 requests, against 1 ms per request unbatched.
 */
class DynamicBatchingTest {

	@TempDir
	Path folder;

	private String scenario(String arrivals, String nodeOptions, String timing) {
		return "scenario Batch { " + timing + "\n"
				+ "  gpu TestGpu { fp16 100 TFLOPS memory 80 GB bandwidth 1250 GB/s }\n"
				+ "  node server cloud { gpus 1 x TestGpu efficiency 1 slots 1 " + nodeOptions + " }\n"
				+ "  model net { params 500 M flops 10 GFLOP }\n"
				+ "  workload w at server { model net arrivals " + arrivals + " }\n}\n";
	}

	private String trace(String times) throws IOException {
		Path file = folder.resolve("arrivals.txt");
		Files.writeString(file, times);
		return "trace \"" + file + "\"";
	}

	@Test
	void batchesFormWhenFullOrWhenTheOldestHasWaited() throws IOException {
		// Arrivals every 0.5 ms from 0 to 2.5 ms (R1..R6); batching max 4 wait 2 ms, one slot.
		// R1..R4 are waiting at 1.5 ms: a full batch starts, 4 requests take max(0.4, 1) = 1 ms →
		// all done at 2.5 (responses 2.5, 2, 1.5, 1 ms; waits 1.5, 1, 0.5, 0).
		// R5 (2 ms) found the slot busy; at 2.5 it has waited 0.5 ms < 2 and R6 joins: 2 < 4.
		// At 4 ms R5 has waited 2 ms: batch {R5, R6} takes max(0.2, 1) = 1 ms → done at 5
		// (responses 3, 2.5; waits 2, 1.5).
		String text = scenario(trace("0\n0.0005\n0.001\n0.0015\n0.002\n0.0025\n"), "batching max 4 wait 2 ms",
				"duration 10 s warmup 0 s replications 1");
		VariantResult fcfs = variant(run(text), "fcfs");
		assertEquals(6, fcfs.completed());
		assertEquals((2.5 + 2 + 1.5 + 1 + 3 + 2.5) / 6 * 1e-3, metric(fcfs, "meanResponseS").mean(), 1e-12);
		assertEquals((1.5 + 1 + 0.5 + 0 + 2 + 1.5) / 6 * 1e-3, metric(fcfs, "meanWaitS").mean(), 1e-12);
		// the slot is busy 1.5–2.5 and 4–5 ms of 10 s
		assertEquals(2e-3 / 10, fcfs.nodes().get(0).utilization().mean(), 1e-12);
	}

	@Test
	void withoutAWaitABatchTakesWhatIsThere() throws IOException {
		// 'batching max 4' (wait 0): R1 (0) starts alone at 0, done at 1 ms; R2 (0.5) and R3 (0.8)
		// wait and start together at 1 ms, done at 2 ms. Responses 1, 1.5, 1.2 ms.
		String text = scenario(trace("0\n0.0005\n0.0008\n"), "batching max 4",
				"duration 10 s warmup 0 s replications 1");
		VariantResult fcfs = variant(run(text), "fcfs");
		assertEquals((1 + 1.5 + 1.2) / 3 * 1e-3, metric(fcfs, "meanResponseS").mean(), 1e-12);
	}

	@Test
	void batchingRaisesTheSustainableThroughput() {
		// Poisson 1500/s on one slot. Unbatched, a request takes 1 ms, so the node completes at most
		// 1000/s (ρ = 1.5: the queue grows). With batches of up to 8 (≤ max(0.8, 1) = 1 ms each) it
		// can complete up to 8000/s, so it keeps up with all 1500/s offered.
		String timing = "duration 20 s warmup 2 s replications 2";
		VariantResult unbatched = variant(run(scenario("poisson 1500 /s", "", timing)), "fcfs");
		VariantResult batched = variant(run(scenario("poisson 1500 /s", "batching max 8 wait 1 ms", timing)), "fcfs");
		assertTrue(metric(unbatched, "throughputPerS").mean() <= 1000 * 1.0001,
				"unbatched throughput " + metric(unbatched, "throughputPerS").mean());
		assertEquals(1500, metric(batched, "throughputPerS").mean(), 1500 * 0.03);
	}

	@Test
	void anExplicitServiceTimeCannotBeBatched() {
		String text = "scenario Bad { duration 10 s\n"
				+ "  node server cloud { slots 1 batching max 4 }\n"
				+ "  workload w at server { arrivals poisson 1 /s service constant 1 s }\n}\n";
		ScenarioException e = assertThrows(ScenarioException.class, () -> run(text));
		assertTrue(e.getMessage().contains("batching max 4"), e.getMessage());
	}
}
