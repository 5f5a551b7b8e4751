package org.aiaas.sim.compute;

import static org.aiaas.sim.compute.RooflineTest.assertMessageNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrainingJobsTest {

	@Test
	void sixFlopsPerParameterPerToken() {
		// 6 · 7e9 · 1e12 = 4.2e22 FLOP (a Llama-class 7 B model on 1 T tokens).
		assertEquals(4.2e22, TrainingJobs.flops(7e9, 1e12), 4.2e22 * 1e-15);
	}

	@Test
	void dataParallelStepIsLocalComputePlusGradientAllReduce() {
		// 1 B params, a global batch of 800,000 tokens over 8 A100s (312 TFLOP/s, 0.5 efficiency).
		// Local compute: 6 · 1e9 · 1e5 / 1.56e14 ≈ 3.846 s.
		// fp16 gradients 2e9 B ring-reduced over 100 Gbit/s (1.25e10 B/s), 5 µs per hop:
		// 2·7/8 · 2e9 / 1.25e10 = 0.28 s + 14 · 5 µs.
		double expected = 6e14 / 1.56e14 + 0.28 + 14 * 5e-6;
		assertEquals(expected, TrainingJobs.dataParallelStepSeconds(1e9, 8e5, 8, 2, 312e12, Efficiency.DEFAULT,
				12.5e9, 5e-6), 1e-12);
	}

	@Test
	void oneAcceleratorComputesTheWholeBatchAndCommunicatesNothing() {
		// 6 · 1e9 · 8e5 / 1.56e14 ≈ 30.77 s, no all-reduce.
		assertEquals(4.8e15 / 1.56e14, TrainingJobs.dataParallelStepSeconds(1e9, 8e5, 1, 2, 312e12,
				Efficiency.DEFAULT, 12.5e9, 5e-6), 1e-12);
	}

	@Test
	void badArgumentsAreNamed() {
		assertMessageNames("params", () -> TrainingJobs.flops(-1, 1));
		assertMessageNames("tokens", () -> TrainingJobs.flops(1, Double.NaN));
		assertMessageNames("accelerators",
				() -> TrainingJobs.dataParallelStepSeconds(1e9, 1e5, 0, 2, 1e14, Efficiency.DEFAULT, 1e9, 0));
		assertMessageNames("peakFlops",
				() -> TrainingJobs.dataParallelStepSeconds(1e9, 1e5, 2, 2, 0, Efficiency.DEFAULT, 1e9, 0));
		assertMessageNames("linkBandwidth",
				() -> TrainingJobs.dataParallelStepSeconds(1e9, 1e5, 2, 2, 1e14, Efficiency.DEFAULT, 0, 0));
	}
}
