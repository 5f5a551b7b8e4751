package org.aiaas.train.tests.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.aiaas.train.nn.Activation;
import org.aiaas.train.nn.Loss;
import org.aiaas.train.nn.NeuralNetwork;
import org.aiaas.train.nn.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * FP32 networks compute what FP64 networks compute, to FP32's rounding; and the work arrays a
 * network keeps between batches (reallocated when the number of rows changes) leave no trace of
 * earlier batches.
 */
class PrecisionAndBuffersTest {

	private static final int INPUTS = 6;
	private static final int[] UNITS = { 16, 12, 4 };

	/**
	 * The same seed gives the same draws in both precisions (FP32 holds their rounding), so the two
	 * gradients differ only by FP32 rounding: a relative error of 6e−8 per operation, accumulated
	 * over sums of at most 16 products through three layers, stays orders of magnitude below 1e−4,
	 * while a wrong derivative or a mixed-up buffer gives errors of order 1.
	 */
	@ParameterizedTest
	@EnumSource(Activation.class)
	void fp32GradientsEqualFp64GradientsToFp32Rounding(Activation hidden) {
		Activation output = hidden == Activation.SOFTMAX ? Activation.SOFTMAX : Activation.SIGMOID;
		int outputs = output == Activation.SOFTMAX ? UNITS[2] : 1;
		Loss loss = Loss.CROSS_ENTROPY;
		NeuralNetwork fp64 = network(hidden, output, outputs, loss, Precision.FP64);
		NeuralNetwork fp32 = network(hidden, output, outputs, loss, Precision.FP32);
		assertEquals(Precision.FP32, fp32.precision());
		double[][] x = rows(9, INPUTS, 1);
		double[][] y = oneHot(9, outputs, 2);
		double loss64 = fp64.computeGradientsOfRows(x, y);
		double loss32 = fp32.computeGradientsOfRows(x, y);
		assertEquals(loss64, loss32, 1e-5 * Math.abs(loss64));
		double error = GradientCheckTest.relativeError(fp64.gradientVector(), fp32.gradientVector());
		assertTrue(error < 1e-4, "relative error " + error + " between the FP32 and FP64 gradients");
		assertTrue(error > 0, "the FP32 network computed in FP64");
	}

	/**
	 * A network that has computed gradients for batches of 8, then 3 rows, predicted 5, then
	 * computed gradients for 8 rows again (its work arrays reallocated each time and overwritten) gives, for the last batch, exactly the gradient of a
	 * fresh network with the same parameters: the same operations on the same numbers.
	 */
	@Test
	void reusedBuffersGiveWhatAFreshNetworkGives() {
		NeuralNetwork used = network(Activation.RELU, Activation.SOFTMAX, UNITS[2], Loss.CROSS_ENTROPY, Precision.FP64);
		NeuralNetwork fresh = network(Activation.RELU, Activation.SOFTMAX, UNITS[2], Loss.CROSS_ENTROPY, Precision.FP64);
		used.computeGradientsOfRows(rows(8, INPUTS, 3), oneHot(8, UNITS[2], 4));
		used.computeGradientsOfRows(rows(3, INPUTS, 5), oneHot(3, UNITS[2], 6));
		used.predictRows(rows(5, INPUTS, 11));
		double[][] x = rows(8, INPUTS, 7);
		double[][] y = oneHot(8, UNITS[2], 8);
		double usedLoss = used.computeGradientsOfRows(x, y);
		double freshLoss = fresh.computeGradientsOfRows(x, y);
		assertEquals(freshLoss, usedLoss, 0.0);
		assertArrayEquals(fresh.gradientVector(), used.gradientVector(), 0.0);
		// And the 3-row batch after the 8-row one, the other direction of the reallocation.
		double[][] small = rows(3, INPUTS, 9);
		double[][] smallY = oneHot(3, UNITS[2], 10);
		used.computeGradientsOfRows(small, smallY);
		NeuralNetwork fresh2 = network(Activation.RELU, Activation.SOFTMAX, UNITS[2], Loss.CROSS_ENTROPY, Precision.FP64);
		fresh2.computeGradientsOfRows(small, smallY);
		assertArrayEquals(fresh2.gradientVector(), used.gradientVector(), 0.0);
	}

	private static NeuralNetwork network(Activation hidden, Activation output, int outputs, Loss loss,
			Precision precision) {
		return NeuralNetwork.create(INPUTS, new int[] { UNITS[0], UNITS[1], outputs },
				new Activation[] { hidden, hidden, output }, loss, 21, precision);
	}

	private static double[][] rows(int rows, int columns, long seed) {
		Random random = new Random(seed);
		double[][] x = new double[rows][columns];
		for (double[] row : x) {
			for (int c = 0; c < columns; c++) {
				row[c] = random.nextGaussian();
			}
		}
		return x;
	}

	/** One-hot rows for several outputs, 0/1 for one. */
	private static double[][] oneHot(int rows, int outputs, long seed) {
		Random random = new Random(seed);
		double[][] y = new double[rows][outputs];
		for (double[] row : y) {
			if (outputs == 1) {
				row[0] = random.nextInt(2);
			} else {
				row[random.nextInt(outputs)] = 1;
			}
		}
		return y;
	}
}
