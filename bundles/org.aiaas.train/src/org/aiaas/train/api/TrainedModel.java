package org.aiaas.train.api;

import java.util.List;

import org.aiaas.train.data.Normalizer;
import org.aiaas.train.nn.NeuralNetwork;

/**
 * A trained network together with everything inference needs to treat new rows exactly like the
 * training rows: the feature names and order, the normalisation fitted on the training split, and
 * the number of classes (0 for regression).
 */
public record TrainedModel(NeuralNetwork network, Normalizer normalizer, List<String> featureNames, int classes) {

	public TrainedModel {
		featureNames = List.copyOf(featureNames);
	}

	/** The network's raw outputs for raw (not yet normalised) feature rows. */
	public double[][] outputs(double[][] rawFeatures) {
		return network.predictRows(normalizer.apply(rawFeatures));
	}
}
