package org.aiaas.train.data;

import java.util.List;
import java.util.Objects;

/**
 * A table of samples: feature rows and one label per row. For classification the label is the
 * class index 0 … classes − 1; for regression ({@code classes == 0}) it is the target value.
 */
public record Samples(double[][] features, double[] labels, List<String> featureNames, int classes) {

	public Samples {
		Objects.requireNonNull(features, "the features");
		Objects.requireNonNull(labels, "the labels");
		if (features.length != labels.length) {
			throw new IllegalArgumentException(features.length + " feature rows but " + labels.length + " labels");
		}
		featureNames = List.copyOf(featureNames);
	}

	public int size() {
		return labels.length;
	}

	public int featureCount() {
		return featureNames.size();
	}

	public boolean isClassification() {
		return classes > 0;
	}

	/** The rows at {@code indices}, in that order. */
	public Samples select(int[] indices) {
		double[][] x = new double[indices.length][];
		double[] y = new double[indices.length];
		for (int i = 0; i < indices.length; i++) {
			x[i] = features[indices[i]].clone();
			y[i] = labels[indices[i]];
		}
		return new Samples(x, y, featureNames, classes);
	}

	/** The same labels with other feature values (e.g. normalised). */
	public Samples withFeatures(double[][] newFeatures) {
		return new Samples(newFeatures, labels, featureNames, classes);
	}
}
