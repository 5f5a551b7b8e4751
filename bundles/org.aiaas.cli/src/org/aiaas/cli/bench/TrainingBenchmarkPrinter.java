package org.aiaas.cli.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

import org.aiaas.train.bench.TrainingBenchmark;
import org.aiaas.train.bench.TrainingBenchmark.Gemm;
import org.aiaas.train.bench.TrainingBenchmark.Streamed;
import org.aiaas.train.bench.TrainingBenchmark.Throughput;

/**
 * {@code aiaas bench training}: training throughput and GFLOP/s of a 784-256-128-10 network in
 * fp64 and fp32, each against the matrix-multiply peak measured the same way in its own precision
 * (dgemm, sgemm), then 10^6 samples streamed through a
 * small network with peak heap and off-heap memory. Run with {@code AIAAS_JAVA_OPTS=-Xmx1g} to show
 * that the streamed run fits in a 1 GB heap.
 */
final class TrainingBenchmarkPrinter {

	static final long STREAMED_SAMPLES = 1_000_000;
	static final int CHUNK = 10_000;

	private final PrintStream out;

	TrainingBenchmarkPrinter(PrintStream out) {
		this.out = out;
	}

	void run(int rounds) {
		out.printf("JVM: %s, %d cores, max heap %s; ND4J threads %s%n", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), mib(Runtime.getRuntime().maxMemory()),
				threads());
		int[] l = TrainingBenchmark.MNIST_LAYERS;
		int b = TrainingBenchmark.BATCH;
		// The step's products per layer: x·W (b×in·in×out), xᵀ·dz (in×b·b×out), dz·Wᵀ (b×out·out×in);
		// the first two shapes of the first layer, and 1024³, in each precision.
		double doublePeak = peak(true, l, b, rounds);
		double floatPeak = peak(false, l, b, rounds);
		int trainingRounds = Math.max(3, rounds * 2);
		for (boolean fp64 : new boolean[] { true, false }) {
			Throughput t = TrainingBenchmark.mnistThroughput(trainingRounds, 1, fp64);
			double peak = fp64 ? doublePeak : floatPeak;
			String gemm = fp64 ? "dgemm" : "sgemm";
			out.printf("training %d-%d-%d-%d (ReLU, ReLU, softmax; cross-entropy; Adam; %s), batch %d: %,.0f samples/s"
					+ " (best of %d rounds of 1 s, like the peak; mean %,.0f samples/s)%n", l[0], l[1], l[2], l[3],
					t.type(), b, t.samplesPerSecond(), t.rounds(), t.meanSamplesPerSecond());
			out.printf("  executed %,.1f GFLOP/s (%,d FLOPs per sample: 4 × %,d first-layer weights, no dx there,"
					+ " + 6 × %,d others) = %.0f %% of the %s peak %,.1f GFLOP/s (mean: %.0f %%)%n",
					t.executedGflops(), t.executedFlopsPerSample(), t.firstLayerWeights(),
					t.weights() - t.firstLayerWeights(), 100 * t.executedGflops() / peak, gemm, peak,
					100 * t.meanExecutedGflops() / peak);
			out.printf("  model FLOPs (6 × %,d weights × samples/s): %,.1f GFLOP/s%n", t.weights(), t.modelGflops());
		}
		Streamed s = TrainingBenchmark.streamed(STREAMED_SAMPLES, CHUNK, 1);
		out.printf("streamed: %,d samples of a 16-64-64-1 network (MSE, Adam, batch %d) in chunks of %,d:"
				+ " %.1f s, %,.0f samples/s; loss %.4f → %.4f%n", s.samples(), b, s.chunk(), s.seconds(),
				s.samples() / s.seconds(), s.firstLoss(), s.lastLoss());
		out.printf("  peak Java heap %s of max %s (%d GC runs); off-heap: JavaCPP buffers %s peak (%s at the end),"
				+ " ND4J allocations %s peak; process resident set %s peak%n", mib(s.peakHeapBytes()),
				mib(s.maxHeapBytes()), s.gcCount(), mib(s.nativePeakBytes()), mib(s.nativeBytesAfter()),
				mib(s.nd4jPeakBytes()), mib(s.residentPeakBytes()));
		out.println("  JVM arguments: " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
				.filter(a -> a.startsWith("-X")).toList());
	}

	/** Prints ND4J mmul in the step's large shapes and 1024³ in one precision; returns the best. */
	private double peak(boolean doublePrecision, int[] l, int b, int rounds) {
		Gemm[] gemms = { TrainingBenchmark.gemm(doublePrecision, b, l[0], l[1], rounds),
				TrainingBenchmark.gemm(doublePrecision, l[0], b, l[1], rounds),
				TrainingBenchmark.gemm(doublePrecision, 1024, 1024, 1024, rounds) };
		double peak = 0;
		for (Gemm g : gemms) {
			out.printf("ND4J mmul %s %d×%d · %d×%d: %,8.1f GFLOP/s (2·m·k·n per product, best of %d rounds)%n",
					g.type(), g.m(), g.k(), g.k(), g.n(), g.gflops(), rounds);
			peak = Math.max(peak, g.gflops());
		}
		return peak;
	}

	private static String threads() {
		return TrainingBenchmark.nd4jThreads() + " (OMP_NUM_THREADS "
				+ (System.getenv("OMP_NUM_THREADS") == null ? "unset" : System.getenv("OMP_NUM_THREADS")) + ")";
	}

	private static String mib(long bytes) {
		return String.format("%,.1f MiB", bytes / 1048576.0);
	}
}
