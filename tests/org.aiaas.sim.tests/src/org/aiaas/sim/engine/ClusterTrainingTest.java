package org.aiaas.sim.engine;

import static org.aiaas.sim.engine.SimulationFixture.metric;
import static org.aiaas.sim.engine.SimulationFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aiaas.sim.api.TrainingJobResult;
import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;

/**
 * Training jobs in the cluster: sized by 6 × params × tokens, data-parallel with a ring
 * all-reduce per step, holding their accelerators against inference — checked by hand.
 */
class ClusterTrainingTest {

	private static final String HARDWARE = "  gpu A { fp16 100 TFLOPS memory 80 GB bandwidth 2 TB/s }\n"
			+ "  model m { params 10 M }\n";

	/*
	 * One node of 4 × A (100 TFLOPS fp16, efficiency 0.5 by default), a 10 M-parameter model, a
	 * global batch of 4,194,304 tokens, 100 steps (419,430,400 tokens).
	 * Local compute per step: 6 · 10^7 · 4,194,304 / 4 = 6.291456·10^13 FLOP at 5·10^13 FLOP/s = 1.2582912 s.
	 * All-reduce inside the node (300 GB/s, no latency): 2·3/4 · 2·10^7 B (fp16) / 3·10^11 = 10^-4 s.
	 * Step 1.2583912 s; run 125.83912 s; 4 accelerators → 4 · 125.83912 / 3600 = 0.139821 h.
	 */
	private static final double STEP_ONE_NODE = 6e7 * 4_194_304 / 4 / 5e13 + 1.5 * 2e7 / 3e11;

	@Test
	void aJobOnOneNodeTakesItsComputeAndAllReduceTimeAndBlocksInference() {
		VariantResult v = run("scenario T { seed 4 duration 1000 s warmup 10 s replications 3\n" + HARDWARE
				+ "  node trainer cloud { gpus 4 x A }\n"
				+ "  training pretrain { model m corpus 419430400 tokens on trainer }\n"
				+ "  workload chat at trainer { arrivals poisson 1 /s service constant 100 ms }\n}\n").variants().get(0);
		TrainingJobResult job = v.trainingJobs().get(0);
		assertEquals(4, job.accelerators());
		assertEquals(6 * 1e7 * 419_430_400, job.flops(), 1);
		assertEquals(100, job.steps());
		assertEquals(STEP_ONE_NODE, job.stepS(), 1e-9);
		assertEquals(100 * STEP_ONE_NODE, job.runS(), 1e-6);
		assertEquals(4 * 100 * STEP_ONE_NODE / 3600, job.acceleratorHours(), 1e-9);
		// All slots are free at time 0: it starts at once and finishes within the run.
		assertEquals(0, job.startS().mean(), 0);
		assertEquals(100 * STEP_ONE_NODE, job.completionS().mean(), 1e-9);
		assertEquals(3, job.finishedReplications());
		// Requests that arrive while it trains (after the warm-up: 10 s .. 125.8 s, about 116 of
		// 990) wait for it to end: on average (125.8 − 10) / 2 ≈ 58 s each, so the mean wait over
		// all requests is about 116/990 · 58 ≈ 6.8 s — far above the ≈ 0.005 s without training.
		double wait = metric(v, "meanWaitS").mean();
		assertTrue(wait > 4 && wait < 10, "mean wait " + wait);
	}

	@Test
	void aSecondJobOnTheSameNodeWaitsForTheFirst() {
		VariantResult v = run("scenario T { seed 4 duration 1000 s warmup 10 s replications 2\n" + HARDWARE
				+ "  node trainer cloud { gpus 4 x A }\n"
				+ "  training first { model m corpus 419430400 tokens on trainer }\n"
				+ "  training second { model m corpus 838860800 tokens on trainer }\n}\n").variants().get(0);
		List<TrainingJobResult> jobs = v.trainingJobs();
		double first = 100 * STEP_ONE_NODE;
		assertEquals(first, jobs.get(1).startS().mean(), 1e-9, "the second starts when the first frees the slots");
		assertEquals(first + 200 * STEP_ONE_NODE, jobs.get(1).completionS().mean(), 1e-6);
		// Both held the node: utilisation 1 until 3 · 125.8 = 377.5 s, then 0 (measured from 10 s).
		double busy = (3 * first - 10) / 990;
		assertEquals(busy, v.nodes().get(0).utilization().mean(), 1e-6);
	}

	@Test
	void acrossTwoNodesTheAllReduceCrossesTheLink() {
		// 8 accelerators; the ring crosses a 10 Gbit/s link of 1 ms (1.25·10^9 B/s, slower than NVLink):
		// all-reduce 2·7/8 · 2·10^7 / 1.25·10^9 + 2·7 · 0.001 = 0.028 + 0.014 = 0.042 s;
		// local compute 6·10^7 · 4,194,304 / 8 / 5·10^13 = 0.6291456 s.
		VariantResult v = run("scenario T { seed 4 duration 100 s replications 2\n" + HARDWARE
				+ "  node a cloud { gpus 4 x A }\n  node b cloud { gpus 4 x A }\n"
				+ "  link a -> b { bandwidth 10 Gbps latency 1 ms }\n"
				+ "  training wide { model m corpus 419430400 tokens on a, b }\n}\n").variants().get(0);
		TrainingJobResult job = v.trainingJobs().get(0);
		assertEquals(8, job.accelerators());
		assertEquals(0.6291456 + 0.042, job.stepS(), 1e-9);
		// 100 steps = 67.1 s < 100 s: finished in both replications.
		assertEquals(2, job.finishedReplications());
	}

	@Test
	void twoNodesWithoutALinkAreRefused() {
		ScenarioException error = assertThrows(ScenarioException.class, () -> run("scenario T {\n" + HARDWARE
				+ "  node a cloud { gpus 4 x A }\n  node b cloud { gpus 4 x A }\n"
				+ "  training wide { model m corpus 1 B on a, b }\n}\n"));
		assertTrue(error.getMessage().contains("no link connects a and b"), error.getMessage());
	}
}
