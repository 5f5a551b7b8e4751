package org.aiaas.train.tests.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;

import org.aiaas.train.nn.Activation;
import org.aiaas.train.nn.Loss;
import org.aiaas.train.nn.NeuralNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagation against central finite differences: dL/dθᵢ ≈ (L(θ + h eᵢ) − L(θ − h eᵢ)) / 2h,
 * whose error is O(h²) — with h = 1e−5 in double precision, about 1e−10 relative. Every activation is
 * checked as a hidden and as an output layer, with both losses.
 * <p>
 * This is the check that catches the two mistakes of the seed document's example network: leaving
 * out the activation derivative makes the analytic gradient disagree with the finite differences
 * (see {@link #theSeedDocumentsGradientFailsTheCheck()}), and adding the gradient instead of
 * subtracting it makes a step raise the loss (see {@link #aStepAgainstTheGradientLowersTheLoss()}).
 */
class GradientCheckTest {

	private static final double H = 1e-5;
	private static final double TOLERANCE = 1e-6;

	static Stream<Arguments> networks() {
		Stream.Builder<Arguments> cases = Stream.builder();
		for (Activation hidden : Activation.values()) {
			cases.add(Arguments.of(hidden, Activation.SIGMOID, 1, Loss.CROSS_ENTROPY));
			cases.add(Arguments.of(hidden, Activation.SOFTMAX, 3, Loss.CROSS_ENTROPY));
			cases.add(Arguments.of(hidden, Activation.LINEAR, 2, Loss.MSE));
			cases.add(Arguments.of(hidden, Activation.TANH, 2, Loss.MSE));
			cases.add(Arguments.of(hidden, Activation.RELU, 2, Loss.MSE));
			cases.add(Arguments.of(hidden, Activation.SOFTMAX, 3, Loss.MSE));
		}
		return cases.build();
	}

	@ParameterizedTest(name = "hidden {0}, output {1} x {2}, {3}")
	@MethodSource("networks")
	void backpropagationMatchesFiniteDifferences(Activation hidden, Activation output, int outputs, Loss loss) {
		NeuralNetwork network = NeuralNetwork.create(3, new int[] { 4, 5, outputs },
				new Activation[] { hidden, hidden, output }, loss, 7);
		double[][] x = randomRows(6, 3, 1);
		double[][] y = targets(6, outputs, loss, output);
		network.computeGradientsOfRows(x, y);
		double[] analytic = network.gradientVector();
		double[] numeric = finiteDifferences(network, x, y);
		assertTrue(relativeError(analytic, numeric) < TOLERANCE,
				"relative error " + relativeError(analytic, numeric) + " between backprop and finite differences");
	}

	/**
	 * The seed's network: two sigmoid layers without bias, MSE. Its update uses a1ᵀ (a2 − y) for the
	 * second layer, i.e. the gradient without the sigmoid's derivative a2 (1 − a2). The finite
	 * differences reject that gradient (it is off by far more than the tolerance), and accept ours.
	 */
	@Test
	void theSeedDocumentsGradientFailsTheCheck() {
		NeuralNetwork network = NeuralNetwork.create(2, new int[] { 2, 1 },
				new Activation[] { Activation.SIGMOID, Activation.SIGMOID }, Loss.MSE, 3);
		double[][] x = { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } };
		double[][] y = { { 0 }, { 1 }, { 1 }, { 0 } };
		network.computeGradientsOfRows(x, y);
		double[] ours = network.gradientVector();
		double[] numeric = finiteDifferences(network, x, y);
		// Parameters: W1 (2x2) at 0..3, b1 at 4..5, W2 (2x1) at 6..7, b2 at 8.
		double[] p = network.parameterVector();
		double[] seedW2 = new double[2];
		for (double[] row : x) {
			double[] a1 = new double[2];
			for (int j = 0; j < 2; j++) {
				a1[j] = sigmoid(row[0] * p[j] + row[1] * p[2 + j] + p[4 + j]);
			}
			double a2 = sigmoid(a1[0] * p[6] + a1[1] * p[7] + p[8]);
			int sample = java.util.Arrays.asList(x).indexOf(row);
			for (int j = 0; j < 2; j++) {
				// dL/dW2 with L = mean (a2 − y)², but without the factor a2 (1 − a2):
				seedW2[j] += a1[j] * 2 * (a2 - y[sample][0]) / x.length;
			}
		}
		double[] numericW2 = { numeric[6], numeric[7] };
		assertTrue(relativeError(new double[] { ours[6], ours[7] }, numericW2) < TOLERANCE);
		assertTrue(relativeError(seedW2, numericW2) > 0.5,
				"without the activation derivative the gradient is off by " + relativeError(seedW2, numericW2));
	}

	/** A small step against the gradient lowers the loss; the seed's step along it raises it. */
	@Test
	void aStepAgainstTheGradientLowersTheLoss() {
		NeuralNetwork network = NeuralNetwork.create(2, new int[] { 3, 1 },
				new Activation[] { Activation.TANH, Activation.SIGMOID }, Loss.CROSS_ENTROPY, 5);
		double[][] x = { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } };
		double[][] y = { { 0 }, { 1 }, { 1 }, { 0 } };
		double before = network.computeGradientsOfRows(x, y);
		double[] theta = network.parameterVector();
		double[] g = network.gradientVector();
		double[] down = theta.clone();
		double[] up = theta.clone();
		for (int i = 0; i < theta.length; i++) {
			down[i] -= 0.01 * g[i];
			up[i] += 0.01 * g[i];
		}
		network.setParameterVector(down);
		double afterDescent = network.lossOfRows(x, y);
		network.setParameterVector(up);
		double afterSeedStep = network.lossOfRows(x, y);
		assertTrue(afterDescent < before, "descent: " + before + " -> " + afterDescent);
		assertTrue(afterSeedStep > before, "ascent: " + before + " -> " + afterSeedStep);
	}

	@Test
	void softmaxRowsAreProbabilities() {
		NeuralNetwork network = NeuralNetwork.create(2, new int[] { 4 }, new Activation[] { Activation.SOFTMAX },
				Loss.CROSS_ENTROPY, 1);
		for (double[] row : network.predictRows(randomRows(5, 2, 100))) {
			assertEquals(1.0, java.util.Arrays.stream(row).sum(), 1e-12);
		}
	}

	private static double[] finiteDifferences(NeuralNetwork network, double[][] x, double[][] y) {
		double[] theta = network.parameterVector();
		double[] result = new double[theta.length];
		for (int i = 0; i < theta.length; i++) {
			double[] plus = theta.clone();
			double[] minus = theta.clone();
			plus[i] += H;
			minus[i] -= H;
			network.setParameterVector(plus);
			double lossPlus = network.lossOfRows(x, y);
			network.setParameterVector(minus);
			double lossMinus = network.lossOfRows(x, y);
			result[i] = (lossPlus - lossMinus) / (2 * H);
		}
		network.setParameterVector(theta);
		return result;
	}

	/** ‖a − b‖ / max(‖a‖ + ‖b‖, 1e−12): the usual scale-free measure of a gradient check. */
	static double relativeError(double[] a, double[] b) {
		double diff = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			diff += (a[i] - b[i]) * (a[i] - b[i]);
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return Math.sqrt(diff) / Math.max(Math.sqrt(na) + Math.sqrt(nb), 1e-12);
	}

	private static double[][] randomRows(int rows, int columns, long seed) {
		Random random = new Random(seed);
		double[][] x = new double[rows][columns];
		for (double[] row : x) {
			for (int c = 0; c < columns; c++) {
				row[c] = random.nextGaussian();
			}
		}
		return x;
	}

	/** One-hot rows for softmax, 0/1 for a sigmoid unit, probabilities-like values otherwise. */
	private static double[][] targets(int rows, int outputs, Loss loss, Activation output) {
		Random random = new Random(11);
		double[][] y = new double[rows][outputs];
		for (int r = 0; r < rows; r++) {
			if (output == Activation.SOFTMAX) {
				y[r][random.nextInt(outputs)] = 1;
			} else if (loss == Loss.CROSS_ENTROPY) {
				y[r][0] = random.nextInt(2);
			} else {
				for (int k = 0; k < outputs; k++) {
					y[r][k] = random.nextDouble();
				}
			}
		}
		return y;
	}

	private static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}
}
