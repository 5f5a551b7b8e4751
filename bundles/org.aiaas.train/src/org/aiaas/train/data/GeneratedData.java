package org.aiaas.train.data;

import java.util.List;
import java.util.Random;

/**
 * The built-in data sets of the scenario language ({@code dataset xor|moons|spirals|blobs|regression}),
 * drawn from a seeded generator so that a seed gives the same data everywhere. {@code noise} is the
 * standard deviation of Gaussian noise added to each feature (to the target for regression).
 */
public final class GeneratedData {

	private static final List<String> XY = List.of("x1", "x2");

	private GeneratedData() {
	}

	/** XOR: points near the four corners of the unit square; class 1 when exactly one coordinate is 1. */
	public static Samples xor(int n, double noise, long seed) {
		Random random = new Random(seed);
		double[][] x = new double[n][];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			int a = (i >> 1) & 1;
			int b = i & 1;
			x[i] = new double[] { a + noise * random.nextGaussian(), b + noise * random.nextGaussian() };
			y[i] = a ^ b;
		}
		return new Samples(x, y, XY, 2);
	}

	/**
	 * Two interleaving half circles (as scikit-learn's {@code make_moons}): the upper one of radius 1
	 * around (0, 0) is class 0, the lower one around (1, 0.5) is class 1.
	 */
	public static Samples moons(int n, double noise, long seed) {
		Random random = new Random(seed);
		double[][] x = new double[n][];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			double t = Math.PI * random.nextDouble();
			boolean inner = i % 2 == 1;
			double px = inner ? 1 - Math.cos(t) : Math.cos(t);
			double py = inner ? 0.5 - Math.sin(t) : Math.sin(t);
			x[i] = new double[] { px + noise * random.nextGaussian(), py + noise * random.nextGaussian() };
			y[i] = inner ? 1 : 0;
		}
		return new Samples(x, y, XY, 2);
	}

	/** Three spiral arms (as in CS231n's example): radius grows with the angle, one class per arm. */
	public static Samples spirals(int n, double noise, long seed) {
		Random random = new Random(seed);
		int arms = 3;
		double[][] x = new double[n][];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			int arm = i % arms;
			double r = random.nextDouble();
			double angle = arm * 2 * Math.PI / arms + r * 4 + noise * random.nextGaussian();
			x[i] = new double[] { r * Math.sin(angle), r * Math.cos(angle) };
			y[i] = arm;
		}
		return new Samples(x, y, XY, arms);
	}

	/** Three Gaussian blobs with centres on a circle of radius 3; spread 0.5 + noise. */
	public static Samples blobs(int n, double noise, long seed) {
		Random random = new Random(seed);
		int blobs = 3;
		double spread = 0.5 + noise;
		double[][] x = new double[n][];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			int blob = i % blobs;
			double angle = blob * 2 * Math.PI / blobs;
			x[i] = new double[] { 3 * Math.cos(angle) + spread * random.nextGaussian(),
					3 * Math.sin(angle) + spread * random.nextGaussian() };
			y[i] = blob;
		}
		return new Samples(x, y, XY, blobs);
	}

	/** y = sin(x) + x / 3 on x uniform in [−3, 3], plus noise on y: a smooth non-linear target. */
	public static Samples regression(int n, double noise, long seed) {
		Random random = new Random(seed);
		double[][] x = new double[n][];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			double v = -3 + 6 * random.nextDouble();
			x[i] = new double[] { v };
			y[i] = Math.sin(v) + v / 3 + noise * random.nextGaussian();
		}
		return new Samples(x, y, List.of("x"), 0);
	}
}
