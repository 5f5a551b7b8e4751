package org.aiaas.train.tests.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.aiaas.train.nn.Activation;
import org.aiaas.train.nn.Loss;
import org.aiaas.train.nn.NeuralNetwork;
import org.aiaas.train.nn.PlainNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The plain-Java copy of a network computes what ND4J computes, for every activation. */
class PlainNetworkTest {

	@ParameterizedTest
	@EnumSource(Activation.class)
	void sameOutputsAsTheNd4jNetwork(Activation activation) {
		// Hidden layers with the activation under test, a softmax or linear output after them.
		Activation output = activation == Activation.SOFTMAX ? Activation.SOFTMAX : Activation.LINEAR;
		NeuralNetwork network = NeuralNetwork.create(5, new int[] { 7, 6, 3 },
				new Activation[] { activation, activation, output }, Loss.MSE, 17);
		PlainNetwork plain = PlainNetwork.of(network);
		Random random = new Random(3);
		double[][] rows = new double[20][5];
		for (double[] row : rows) {
			for (int c = 0; c < row.length; c++) {
				row[c] = random.nextGaussian() * 2;
			}
		}
		double[][] expected = network.predictRows(rows);
		for (int r = 0; r < rows.length; r++) {
			// Same products in another summation order: equal to ~1e-12.
			assertArrayEquals(expected[r], plain.apply(rows[r]), 1e-12, "row " + r);
		}
	}
}
