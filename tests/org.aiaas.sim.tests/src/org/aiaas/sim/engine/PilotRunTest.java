package org.aiaas.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The pilot run that records training data for a learned size predictor. */
class PilotRunTest {

	// An LLM workload (size from tokens) and an explicit one (size from a distribution) on two nodes.
	private static final String SCENARIO = "scenario P { seed %d duration 600 s\n"
			+ "  node a cloud { gpus 1 x H100 slots 1 queue 100000 efficiency 0.5 }\n"
			+ "  model m { llm params 7 B layers 32 heads 32 kvheads 32 headdim 128 precision fp16 }\n"
			+ "  workload chat at a { model m arrivals poisson 1 /s prompt lognormal mean 512 tokens sd 512 tokens"
			+ " output lognormal mean 128 tokens sd 256 tokens }\n"
			+ "  workload tools at a { arrivals poisson 0.4 /s service constant 400 ms }\n"
			+ "  compare scheduler fcfs, sjf { sizes predicted }\n}\n";

	private static Plan plan(long seed) {
		return PlanCompiler.compile(SimulationFixture.parse(String.format(SCENARIO, seed)), RunOptions.defaults());
	}

	@Test
	void recordsTheWantedNumberOfRequestsWithNamedFeatures() {
		ServiceTimeSamples samples = PilotRun.collect(plan(3), 2000);
		// 600 s at 1.4 requests/s gives about 840 per replication: the pilot runs further replications.
		assertEquals(2000, samples.size());
		assertEquals(List.of("workload chat", "workload tools", "node a", "log10 model params", "log10 model flops",
				"log10 input bytes", "prompt tokens", "output tokens", "ln prompt tokens", "ln output tokens",
				"log10 accelerator flop/s", "log10 accelerator bytes/s"), samples.featureNames());
		for (int i = 0; i < samples.size(); i++) {
			double[] row = samples.features()[i];
			assertEquals(12, row.length);
			assertEquals(1, row[0] + row[1], "exactly one workload flag");
			assertEquals(1, row[2], "the only node");
			assertEquals(Math.log10(1 + 989e12), row[10], 1e-9, "H100 fp16 peak");
			if (row[1] == 1) {
				// tools: explicit service, no model and no tokens; its constant size is recorded as drawn
				assertEquals(0.4, samples.seconds()[i], 1e-12);
				assertEquals(0, row[6] + row[7] + row[3]);
			} else {
				// chat: tokens are drawn (at least 1 each) and the size grows with the answer: ≥ 5 ms per token
				assertTrue(row[6] >= 1 && row[7] >= 1);
				assertEquals(Math.log10(1 + 7e9), row[3], 1e-9);
				assertEquals(Math.log1p(row[7]), row[9], 1e-12);
				assertTrue(samples.seconds()[i] > 0.005 * (row[7] - 1), "decode ≥ 14 GB / (3.35 TB/s) per token");
			}
		}
	}

	@Test
	void theSameSeedGivesTheSameSamplesAndAnotherSeedOthers() {
		ServiceTimeSamples first = PilotRun.collect(plan(3), 500);
		ServiceTimeSamples again = PilotRun.collect(plan(3), 500);
		ServiceTimeSamples other = PilotRun.collect(plan(4), 500);
		assertArrayEquals(first.seconds(), again.seconds());
		assertTrue(Arrays.deepEquals(first.features(), again.features()));
		assertFalse(Arrays.equals(first.seconds(), other.seconds()));
	}
}
