package org.aiaas.sim.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RooflineTest {

	// NVIDIA L4 data sheet: 121 TFLOPS fp16 tensor (dense; 242 is with sparsity), 300 GB/s GDDR6.
	private static final double L4_FLOPS = 121e12;
	private static final double L4_BANDWIDTH = 300e9;
	// ResNet-50 at 224×224: 4.1 GMAC = 8.2 GFLOP per image; 25.6 M parameters × 2 B (fp16).
	private static final double RESNET50_FLOPS = 8.2e9;
	private static final double RESNET50_WEIGHTS = 25.6e6 * 2;
	private static final Efficiency PEAK = new Efficiency(1.0, 1.0);

	@Test
	void resNet50AloneOnAnL4IsMemoryBound() {
		// Intensity 8.2e9 / 51.2e6 = 160 FLOP/B, below the effective ridge
		// (121e12·0.5) / (300e9·0.8) = 6.05e13 / 2.4e11 ≈ 252 FLOP/B.
		// compute 8.2e9 / 6.05e13 ≈ 135.5 µs; memory 51.2e6 / 2.4e11 ≈ 213.3 µs → memory wins.
		double seconds = Roofline.seconds(RESNET50_FLOPS, RESNET50_WEIGHTS, L4_FLOPS, L4_BANDWIDTH, Efficiency.DEFAULT);
		assertEquals(51.2e6 / 2.4e11, seconds, 1e-15);
		assertTrue(seconds > 8.2e9 / 6.05e13);
	}

	@Test
	void resNet50AtDataSheetPeaksIsMemoryBoundToo() {
		// Ridge at the data sheet's own peaks: 121e12 / 300e9 ≈ 403 FLOP/B > 160 → 51.2e6 / 300e9.
		assertEquals(51.2e6 / 300e9, Roofline.seconds(RESNET50_FLOPS, RESNET50_WEIGHTS, L4_FLOPS, L4_BANDWIDTH, PEAK),
				1e-15);
	}

	@Test
	void computeBoundWhenIntensityIsAboveTheRidge() {
		// 1 TFLOP over 1 MB on the L4: 1e12 / 6.05e13 ≈ 16.5 ms against 1e6 / 2.4e11 ≈ 4 µs.
		assertEquals(1e12 / 6.05e13, Roofline.seconds(1e12, 1e6, L4_FLOPS, L4_BANDWIDTH, Efficiency.DEFAULT), 1e-15);
	}

	@Test
	void theTwoCeilingsMeetAtTheRidgePoint() {
		// Ridge with default efficiencies: 6.05e13 / 2.4e11 FLOP/B. 1 MB at that intensity takes
		// 1e6 / 2.4e11 s on either side; 1 % more FLOPs is compute-bound, 1 % fewer memory-bound.
		double ridge = 121e12 * 0.5 / (300e9 * 0.8);
		double atRidge = 1e6 / 2.4e11;
		assertEquals(atRidge, Roofline.seconds(ridge * 1e6, 1e6, L4_FLOPS, L4_BANDWIDTH, Efficiency.DEFAULT), 1e-18);
		assertEquals(1.01 * atRidge, Roofline.seconds(1.01 * ridge * 1e6, 1e6, L4_FLOPS, L4_BANDWIDTH, Efficiency.DEFAULT),
				1e-18);
		assertEquals(atRidge, Roofline.seconds(0.99 * ridge * 1e6, 1e6, L4_FLOPS, L4_BANDWIDTH, Efficiency.DEFAULT), 1e-18);
	}

	@Test
	void batchingAmortisesTheWeightsUntilComputeBound() {
		// A model of 1 GB weights, 10 GFLOP and 1 MB of activations per request on an accelerator of
		// 100 TFLOP/s and 1 TB/s at peak: compute = b·1e-4 s, memory = 1e-3 + b·1e-6 s.
		// They cross at b = 1e-3 / (1e-4 − 1e-6) ≈ 10.1.
		double[] expectedPerRequest = {
				// b = 1: memory 1.001e-3
				1.001e-3,
				// b = 2: memory 1.002e-3 / 2
				0.501e-3,
				// b = 10: memory 1.010e-3 / 10 (compute 1.0e-3 still below)
				0.101e-3,
				// b = 11: compute 1.1e-3 > memory 1.011e-3, per request 1e-4
				0.1e-3,
				// b = 64: compute-bound, per request stays at 10 GFLOP / 100 TFLOP/s
				0.1e-3 };
		int[] batches = { 1, 2, 10, 11, 64 };
		for (int i = 0; i < batches.length; i++) {
			int b = batches[i];
			double perRequest = Roofline.batchSeconds(b, 1e10, 1e9, 1e6, 100e12, 1e12, PEAK) / b;
			assertEquals(expectedPerRequest[i], perRequest, 1e-15, "batch " + b);
		}
	}

	@Test
	void resNet50BatchOfEightOnAnL4IsComputeBound() {
		// 0.3 MB of activations per image (the fp16 input, intermediates assumed to stay on chip).
		// b = 8: compute 8·8.2e9 / 6.05e13 ≈ 1.084 ms; memory (51.2e6 + 2.4e6) / 2.4e11 ≈ 0.223 ms.
		double seconds = Roofline.batchSeconds(8, RESNET50_FLOPS, RESNET50_WEIGHTS, 0.3e6, L4_FLOPS, L4_BANDWIDTH,
				Efficiency.DEFAULT);
		assertEquals(8 * 8.2e9 / 6.05e13, seconds, 1e-15);
		// b = 1 is memory-bound: (51.2e6 + 0.3e6) / 2.4e11.
		assertEquals(51.5e6 / 2.4e11, Roofline.batchSeconds(1, RESNET50_FLOPS, RESNET50_WEIGHTS, 0.3e6, L4_FLOPS,
				L4_BANDWIDTH, Efficiency.DEFAULT), 1e-15);
	}

	@Test
	void noWorkTakesNoTime() {
		assertEquals(0.0, Roofline.seconds(0, 0, L4_FLOPS, L4_BANDWIDTH, Efficiency.DEFAULT));
	}

	@Test
	void badArgumentsAreNamed() {
		assertMessageNames("bandwidth", () -> Roofline.seconds(1, 1, 1e12, 0, Efficiency.DEFAULT));
		assertMessageNames("peakFlops", () -> Roofline.seconds(1, 1, Double.NaN, 1e9, Efficiency.DEFAULT));
		assertMessageNames("flops", () -> Roofline.seconds(-1, 1, 1e12, 1e9, Efficiency.DEFAULT));
		assertMessageNames("bytesMoved", () -> Roofline.seconds(1, Double.NaN, 1e12, 1e9, Efficiency.DEFAULT));
		assertMessageNames("bandwidth", () -> Roofline.seconds(1, 1, 1e12, Double.POSITIVE_INFINITY, Efficiency.DEFAULT));
		assertMessageNames("batch", () -> Roofline.batchSeconds(0, 1, 1, 1, 1e12, 1e9, Efficiency.DEFAULT));
		assertMessageNames("weightBytes", () -> Roofline.batchSeconds(1, 1, -1, 1, 1e12, 1e9, Efficiency.DEFAULT));
		assertMessageNames("compute", () -> new Efficiency(0, 0.8));
		assertMessageNames("memory", () -> new Efficiency(0.5, 1.2));
		assertMessageNames("memory", () -> new Efficiency(0.5, Double.NaN));
	}

	static void assertMessageNames(String argument, org.junit.jupiter.api.function.Executable call) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
		assertTrue(e.getMessage().startsWith(argument + " "), () -> "message should name " + argument + ": " + e.getMessage());
	}
}
