package org.aiaas.train.api;

/**
 * A prediction for one input row with the reasons for it.
 *
 * @param outputs       the network's outputs: class probabilities (classification) or the predicted value
 * @param predictedClass the most probable class, or −1 for regression
 * @param contributions per feature, how much the predicted output (the predicted class's
 *                      probability, or the value) falls when the feature is replaced by its
 *                      training mean (occlusion); positive = the feature pushed towards the prediction
 */
public record Explanation(double[] outputs, int predictedClass, double[] contributions) {

	/**
	 * Explains every row: outputs, argmax, and occlusion contributions against the normaliser's
	 * training means (the rows are raw, not normalised).
	 */
	public static Explanation[] of(TrainedModel model, double[][] rawRows) {
		double[][] outputs = model.outputs(rawRows);
		Explanation[] explanations = new Explanation[rawRows.length];
		int features = model.featureNames().size();
		for (int r = 0; r < rawRows.length; r++) {
			double[] probabilities = probabilities(model, outputs[r]);
			int predicted = model.classes() > 0 ? argmax(probabilities) : -1;
			double[][] occluded = new double[features][];
			for (int f = 0; f < features; f++) {
				occluded[f] = rawRows[r].clone();
				occluded[f][f] = model.normalizer().mean()[f];
			}
			double[][] without = model.outputs(occluded);
			double[] contributions = new double[features];
			for (int f = 0; f < features; f++) {
				double[] occludedProbabilities = probabilities(model, without[f]);
				int watched = Math.max(predicted, 0);
				contributions[f] = probabilities[watched] - occludedProbabilities[watched];
			}
			explanations[r] = new Explanation(probabilities, predicted, contributions);
		}
		return explanations;
	}

	/** Class probabilities; a single sigmoid output p of a two-class model stands for (1 − p, p). */
	private static double[] probabilities(TrainedModel model, double[] outputs) {
		if (model.classes() == 2 && outputs.length == 1) {
			return new double[] { 1 - outputs[0], outputs[0] };
		}
		return outputs;
	}

	private static int argmax(double[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] > values[best]) {
				best = i;
			}
		}
		return best;
	}
}
