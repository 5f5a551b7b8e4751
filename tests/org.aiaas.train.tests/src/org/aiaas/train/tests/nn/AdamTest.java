package org.aiaas.train.tests.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aiaas.train.nn.Activation;
import org.aiaas.train.nn.Adam;
import org.aiaas.train.nn.Loss;
import org.aiaas.train.nn.NeuralNetwork;
import org.aiaas.train.nn.Precision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adam's update by hand. While the gradient g stays the same, the bias corrections make the
 * estimates exact: after t steps m = (1 − β₁ᵗ) g and v = (1 − β₂ᵗ) g², so m̂ = g, v̂ = g², and every
 * step moves each parameter by η g / (|g| + ε) — about the learning rate, against the sign of g.
 */
class AdamTest {

	private static final double LEARNING_RATE = 0.01;

	@ParameterizedTest
	@EnumSource(Precision.class)
	void withAConstantGradientEveryStepIsTheLearningRateAgainstTheGradientsSign(Precision precision) {
		NeuralNetwork network = NeuralNetwork.create(3, new int[] { 4, 2 },
				new Activation[] { Activation.TANH, Activation.SOFTMAX }, Loss.CROSS_ENTROPY, 5, precision);
		network.computeGradientsOfRows(new double[][] { { 0.5, -1, 2 }, { 1, 0, -0.5 } },
				new double[][] { { 1, 0 }, { 0, 1 } });
		double[] before = network.parameterVector();
		double[] g = network.gradientVector();
		Adam adam = new Adam(LEARNING_RATE);
		adam.step(network.parameters(), network.gradients());
		adam.step(network.parameters(), network.gradients());
		double[] after = network.parameterVector();
		// FP64: a few roundings of numbers below 10; FP32: two roundings of θ to 24 bits (6e−8 · |θ| each).
		double tolerance = precision == Precision.FP64 ? 1e-14 : 1e-6;
		for (int i = 0; i < before.length; i++) {
			double expected = before[i] - 2 * LEARNING_RATE * g[i] / (Math.abs(g[i]) + 1e-8);
			assertEquals(expected, after[i], tolerance, "parameter " + i + " (gradient " + g[i] + ")");
		}
	}
}
