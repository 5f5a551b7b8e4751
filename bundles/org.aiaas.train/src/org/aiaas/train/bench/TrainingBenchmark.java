package org.aiaas.train.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Random;

import org.aiaas.train.nn.Activation;
import org.aiaas.train.nn.Adam;
import org.aiaas.train.nn.Loss;
import org.aiaas.train.nn.Nd4jRuntime;
import org.aiaas.train.nn.NeuralNetwork;
import org.aiaas.train.nn.Optimizer;
import org.aiaas.train.nn.Precision;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The training bundle's figures (printed by {@code aiaas bench training}; benchmarks, not tests):
 * <ul>
 * <li>throughput of our training step (forward, backward, Adam — what {@code Trainer} does per
 * batch) on a 784-256-128-10 network, batch 256, synthetic data, in float64 and in float32; its
 * GFLOP/s counted two ways: the FLOPs the step executes (forward x·W 2 per weight and sample,
 * backward dW = xᵀ·dz 2, and dx = dz·Wᵀ 2 except in the first layer, whose dx nobody needs), and
 * the conventional "model FLOPs" 6 × weights × samples; the executed figure is compared with the
 * matrix-multiply peak ND4J reaches here in the same precision (dgemm for float64, sgemm for
 * float32);</li>
 * <li>a small network trained on 10^6 samples generated in chunks, with peak Java heap (memory
 * pools' peak usage) and off-heap memory reported separately: JavaCPP's count of native buffers,
 * ND4J's count of its allocations, and the process's resident set (which also holds the native
 * libraries and buffers of ND4J temporaries that the garbage collector has not yet freed), each
 * sampled after every chunk.</li>
 * </ul>
 */
public final class TrainingBenchmark {

	/** The throughput network: MNIST-shaped. */
	public static final int[] MNIST_LAYERS = { 784, 256, 128, 10 };
	public static final int BATCH = 256;

	private TrainingBenchmark() {
	}

	/** A matrix product measured with ND4J: m×k times k×n, best of the rounds. */
	public record Gemm(String type, int m, int k, int n, double gflops) {
	}

	/**
	 * What one throughput measurement gave: {@code weights} in all layers, {@code firstLayerWeights}
	 * of them in the first layer (whose input gradient is not computed); {@code samples} in
	 * {@code seconds} over all rounds, and the best round's {@code bestSamples} in
	 * {@code bestSeconds} (the gemm peak, too, is its best round).
	 */
	public record Throughput(String type, long weights, long firstLayerWeights, int batch, long samples,
			double seconds, long bestSamples, double bestSeconds, int rounds, int threads) {

		/** Over all rounds. */
		public double meanSamplesPerSecond() {
			return samples / seconds;
		}

		/** In the best round. */
		public double samplesPerSecond() {
			return bestSamples / bestSeconds;
		}

		/** FLOPs executed per sample by the products: 4 per first-layer weight, 6 per other weight. */
		public long executedFlopsPerSample() {
			return 4 * firstLayerWeights + 6 * (weights - firstLayerWeights);
		}

		/** Executed FLOPs per second in the best round, in GFLOP/s. */
		public double executedGflops() {
			return executedFlopsPerSample() * samplesPerSecond() / 1e9;
		}

		/** Executed FLOPs per second over all rounds, in GFLOP/s. */
		public double meanExecutedGflops() {
			return executedFlopsPerSample() * meanSamplesPerSecond() / 1e9;
		}

		/** The conventional model FLOPs 6 · weights · samples / seconds in the best round, in GFLOP/s. */
		public double modelGflops() {
			return 6.0 * weights * samplesPerSecond() / 1e9;
		}
	}

	/** What the streamed 10^6-sample run gave. */
	public record Streamed(long samples, int chunk, double seconds, double firstLoss, double lastLoss,
			long peakHeapBytes, long maxHeapBytes, long gcCount, long nativeBytesAfter, long nativePeakBytes,
			long nd4jPeakBytes, long residentPeakBytes) {
	}

	/** The threads ND4J's native operations use. */
	public static int nd4jThreads() {
		Nd4jRuntime.ensureStarted();
		return Nd4j.getEnvironment().maxThreads();
	}

	/**
	 * dgemm ({@code doublePrecision}) or sgemm of the given shape into a preallocated result; three
	 * warm-up products, then per round as many products as fit in 0.2 s; the best round counts.
	 */
	public static Gemm gemm(boolean doublePrecision, int m, int k, int n, int rounds) {
		Nd4jRuntime.ensureStarted();
		DataType type = doublePrecision ? DataType.DOUBLE : DataType.FLOAT;
		INDArray a = Nd4j.rand(type, m, k);
		INDArray b = Nd4j.rand(type, k, n);
		INDArray c = Nd4j.create(type, m, n);
		for (int i = 0; i < 3; i++) {
			a.mmul(b, c);
		}
		double best = Double.POSITIVE_INFINITY;
		for (int r = 0; r < rounds; r++) {
			int repeats = 0;
			long start = System.nanoTime();
			long elapsed;
			do {
				a.mmul(b, c);
				repeats++;
				elapsed = System.nanoTime() - start;
			} while (elapsed < 200_000_000L);
			best = Math.min(best, elapsed / 1e9 / repeats);
		}
		return new Gemm(type == DataType.DOUBLE ? "dgemm" : "sgemm", m, k, n, 2.0 * m * k * n / best / 1e9);
	}

	/**
	 * Trains the 784-256-128-10 network (ReLU, ReLU, softmax, cross-entropy, Adam) in float64
	 * ({@code doublePrecision}) or float32 on random inputs and labels, batch 256, after a warm-up,
	 * for {@code rounds} rounds of about one second each, and counts samples per round.
	 */
	public static Throughput mnistThroughput(int rounds, long seed, boolean doublePrecision) {
		Nd4jRuntime.ensureStarted();
		DataType type = doublePrecision ? DataType.DOUBLE : DataType.FLOAT;
		NeuralNetwork network = NeuralNetwork.create(MNIST_LAYERS[0],
				new int[] { MNIST_LAYERS[1], MNIST_LAYERS[2], MNIST_LAYERS[3] },
				new Activation[] { Activation.RELU, Activation.RELU, Activation.SOFTMAX }, Loss.CROSS_ENTROPY, seed,
				Precision.of(type));
		int batches = 16;
		Nd4j.getRandom().setSeed(seed);
		Random labels = new Random(seed);
		// Each batch its own contiguous matrix, as Trainer builds them (a row-range view of one big
		// matrix measured slower here: ND4J copies views before some products).
		INDArray[] xs = new INDArray[batches];
		INDArray[] ys = new INDArray[batches];
		for (int i = 0; i < batches; i++) {
			xs[i] = Nd4j.rand(type, BATCH, MNIST_LAYERS[0]);
			ys[i] = oneHot(BATCH, MNIST_LAYERS[3], labels).castTo(type);
		}
		Optimizer adam = new Adam(0.001);
		for (int i = 0; i < 5; i++) {
			step(network, adam, xs[i % batches], ys[i % batches]);
		}
		long steps = 0;
		long totalNanos = 0;
		long bestSteps = 0;
		long bestNanos = 1;
		for (int r = 0; r < rounds; r++) {
			long roundSteps = 0;
			long start = System.nanoTime();
			long elapsed;
			do {
				int b = (int) (steps++ % batches);
				step(network, adam, xs[b], ys[b]);
				roundSteps++;
				elapsed = System.nanoTime() - start;
			} while (elapsed < 1_000_000_000L);
			totalNanos += elapsed;
			if (roundSteps / (double) elapsed > bestSteps / (double) bestNanos) {
				bestSteps = roundSteps;
				bestNanos = elapsed;
			}
		}
		long firstLayerWeights = (long) MNIST_LAYERS[0] * MNIST_LAYERS[1];
		return new Throughput(doublePrecision ? "fp64" : "fp32", weights(network), firstLayerWeights, BATCH,
				steps * BATCH, totalNanos / 1e9, bestSteps * BATCH, bestNanos / 1e9, rounds,
				Nd4j.getEnvironment().maxThreads());
	}

	private static double step(NeuralNetwork network, Optimizer optimizer, INDArray x, INDArray y) {
		double loss = network.computeGradients(x, y);
		optimizer.step(network.parameters(), network.gradients());
		return loss;
	}

	/**
	 * Trains a 16-64-64-1 regression network (MSE, Adam, batch 256) on {@code samples} samples of
	 * y = Σ sin(x_i) · w_i, generated {@code chunk} at a time and dropped after use, so that memory
	 * does not grow with the number of samples. Peak heap is read from the heap pools' peak usage
	 * (reset at the start).
	 */
	public static Streamed streamed(long samples, int chunk, long seed) {
		Nd4jRuntime.ensureStarted();
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long gcBefore = gcCount();
		int inputs = 16;
		NeuralNetwork network = NeuralNetwork.create(inputs, new int[] { 64, 64, 1 },
				new Activation[] { Activation.RELU, Activation.RELU, Activation.LINEAR }, Loss.MSE, seed);
		Optimizer adam = new Adam(0.001);
		Random random = new Random(seed);
		double[] w = new double[inputs];
		for (int i = 0; i < inputs; i++) {
			w[i] = random.nextGaussian();
		}
		long done = 0;
		double first = Double.NaN;
		double last = Double.NaN;
		long nativePeak = 0;
		long nd4jPeak = 0;
		long residentPeak = 0;
		long start = System.nanoTime();
		while (done < samples) {
			int n = (int) Math.min(chunk, samples - done);
			double[] xs = new double[n * inputs];
			double[] ys = new double[n];
			for (int r = 0; r < n; r++) {
				double sum = 0;
				for (int c = 0; c < inputs; c++) {
					double v = random.nextGaussian();
					xs[r * inputs + c] = v;
					sum += Math.sin(v) * w[c];
				}
				ys[r] = sum;
			}
			INDArray x = Nd4j.create(xs, new long[] { n, inputs }, 'c');
			INDArray y = Nd4j.create(ys, new long[] { n, 1 }, 'c');
			for (int b = 0; b < n; b += BATCH) {
				int end = Math.min(n, b + BATCH);
				double loss = network.computeGradients(x.get(NDArrayIndex.interval(b, end), NDArrayIndex.all()),
						y.get(NDArrayIndex.interval(b, end), NDArrayIndex.all()));
				adam.step(network.parameters(), network.gradients());
				if (Double.isNaN(first)) {
					first = loss;
				}
				last = loss;
			}
			done += n;
			nativePeak = Math.max(nativePeak, Pointer.totalBytes());
			nd4jPeak = Math.max(nd4jPeak, Nd4j.getMemoryManager().allocatedMemory(0));
			residentPeak = Math.max(residentPeak, Pointer.physicalBytes());
			x.close();
			y.close();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		long maxHeap = Runtime.getRuntime().maxMemory();
		return new Streamed(done, chunk, seconds, first, last, peakHeap, maxHeap, gcCount() - gcBefore,
				Pointer.totalBytes(), nativePeak, nd4jPeak, residentPeak);
	}

	private static long gcCount() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
				.filter(c -> c >= 0).sum();
	}

	private static INDArray oneHot(int rows, int classes, Random random) {
		double[] y = new double[rows * classes];
		for (int r = 0; r < rows; r++) {
			y[r * classes + random.nextInt(classes)] = 1;
		}
		return Nd4j.create(y, new long[] { rows, classes }, 'c');
	}

	private static long weights(NeuralNetwork network) {
		return network.layers().stream().mapToLong(l -> (long) l.inputs() * l.units()).sum();
	}
}
