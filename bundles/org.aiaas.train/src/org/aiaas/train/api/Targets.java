package org.aiaas.train.api;

import org.aiaas.train.data.Samples;

/**
 * Turns labels into the target matrix a network's last layer is compared with, and outputs back
 * into predicted labels: one-hot for a classifier with one unit per class, the 0/1 label itself for
 * a binary classifier with one (sigmoid) unit, and the value for regression.
 */
public final class Targets {

	private Targets() {
	}

	/** Whether a network with {@code outputs} units can learn these samples; empty when it can. */
	public static java.util.Optional<String> mismatch(Samples samples, int outputs) {
		if (!samples.isClassification()) {
			return outputs == 1 ? java.util.Optional.empty()
					: java.util.Optional.of("a regression data set needs a last layer of 1 unit, found " + outputs);
		}
		if (outputs == samples.classes() || (outputs == 1 && samples.classes() == 2)) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of("the data set has " + samples.classes() + " classes: the last layer needs "
				+ samples.classes() + " units (softmax)" + (samples.classes() == 2 ? " or 1 unit (sigmoid)" : "")
				+ ", found " + outputs);
	}

	/** The target rows for {@code samples} and a last layer of {@code outputs} units. */
	public static double[][] encode(Samples samples, int outputs) {
		double[] labels = samples.labels();
		double[][] y = new double[labels.length][outputs];
		for (int i = 0; i < labels.length; i++) {
			if (outputs == 1) {
				y[i][0] = labels[i];
			} else {
				y[i][(int) labels[i]] = 1;
			}
		}
		return y;
	}

	/** The predicted class of one output row: argmax, or output ≥ 0.5 for a single unit. */
	public static int predictedClass(double[] output) {
		if (output.length == 1) {
			return output[0] >= 0.5 ? 1 : 0;
		}
		int best = 0;
		for (int k = 1; k < output.length; k++) {
			if (output[k] > output[best]) {
				best = k;
			}
		}
		return best;
	}

	/** The share of rows whose predicted class equals the label. */
	public static double accuracy(double[][] outputs, double[] labels) {
		if (labels.length == 0) {
			return Double.NaN;
		}
		int right = 0;
		for (int i = 0; i < labels.length; i++) {
			if (predictedClass(outputs[i]) == (int) labels[i]) {
				right++;
			}
		}
		return (double) right / labels.length;
	}
}
