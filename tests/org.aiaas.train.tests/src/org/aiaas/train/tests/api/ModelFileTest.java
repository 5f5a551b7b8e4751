package org.aiaas.train.tests.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.aiaas.train.api.ModelFile;
import org.aiaas.train.api.TrainedModel;
import org.aiaas.train.data.Normalizer;
import org.aiaas.train.nn.Activation;
import org.aiaas.train.nn.Loss;
import org.aiaas.train.nn.NeuralNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved model reloads with the same weights and normalisation, so it predicts the same. */
class ModelFileTest {

	@TempDir
	Path folder;

	@Test
	void roundTripPredictsIdentically() throws Exception {
		NeuralNetwork network = NeuralNetwork.create(2, new int[] { 5, 3 },
				new Activation[] { Activation.RELU, Activation.SOFTMAX }, Loss.CROSS_ENTROPY, 4);
		TrainedModel model = new TrainedModel(network, new Normalizer(new double[] { 1, -2 }, new double[] { 0.5, 3 }),
				List.of("width", "height"), 3);
		Path file = folder.resolve("m.model");
		ModelFile.write(model, file);
		TrainedModel reloaded = ModelFile.read(file);
		double[][] rows = { { 1, 2 }, { -3, 0.25 } };
		assertEquals(List.of("width", "height"), reloaded.featureNames());
		assertEquals(3, reloaded.classes());
		assertArrayEquals(network.parameterVector(), reloaded.network().parameterVector(), 0.0);
		for (int i = 0; i < rows.length; i++) {
			assertArrayEquals(model.outputs(rows)[i], reloaded.outputs(rows)[i], 0.0);
		}
	}
}
