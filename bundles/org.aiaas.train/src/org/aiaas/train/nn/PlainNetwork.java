package org.aiaas.train.nn;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained network's forward pass copied into plain Java arrays, for predicting one row at a time
 * from many threads: an ND4J {@link NeuralNetwork} remembers its last forward pass (for
 * backpropagation) and so cannot be shared, and for a single row of a small network the ND4J call
 * overhead is larger than the arithmetic. Computes exactly a = f(x W + b) per layer.
 */
public final class PlainNetwork {

	private final double[][][] weights;
	private final double[][] biases;
	private final Activation[] activations;

	private PlainNetwork(double[][][] weights, double[][] biases, Activation[] activations) {
		this.weights = weights;
		this.biases = biases;
		this.activations = activations;
	}

	/** A copy of {@code network}'s current parameters (later training does not change it). */
	public static PlainNetwork of(NeuralNetwork network) {
		List<DenseLayer> layers = network.layers();
		double[][][] w = new double[layers.size()][][];
		double[][] b = new double[layers.size()][];
		Activation[] f = new Activation[layers.size()];
		for (int i = 0; i < layers.size(); i++) {
			DenseLayer layer = layers.get(i);
			w[i] = layer.weights().toDoubleMatrix();
			INDArray bias = layer.bias();
			b[i] = bias.toDoubleVector();
			f[i] = layer.activation();
		}
		return new PlainNetwork(w, b, f);
	}

	/** The outputs for one input row; safe to call from several threads at once. */
	public double[] apply(double[] x) {
		double[] a = x;
		for (int layer = 0; layer < weights.length; layer++) {
			double[][] w = weights[layer];
			double[] z = biases[layer].clone();
			for (int i = 0; i < a.length; i++) {
				double ai = a[i];
				if (ai == 0) {
					continue;
				}
				double[] row = w[i];
				for (int j = 0; j < z.length; j++) {
					z[j] += ai * row[j];
				}
			}
			a = activate(activations[layer], z);
		}
		return a;
	}

	private static double[] activate(Activation activation, double[] z) {
		switch (activation) {
		case RELU -> {
			for (int j = 0; j < z.length; j++) {
				z[j] = Math.max(0, z[j]);
			}
		}
		case TANH -> {
			for (int j = 0; j < z.length; j++) {
				z[j] = Math.tanh(z[j]);
			}
		}
		case SIGMOID -> {
			for (int j = 0; j < z.length; j++) {
				z[j] = 1 / (1 + Math.exp(-z[j]));
			}
		}
		case SOFTMAX -> {
			double max = Double.NEGATIVE_INFINITY;
			for (double v : z) {
				max = Math.max(max, v);
			}
			double sum = 0;
			for (int j = 0; j < z.length; j++) {
				z[j] = Math.exp(z[j] - max);
				sum += z[j];
			}
			for (int j = 0; j < z.length; j++) {
				z[j] /= sum;
			}
		}
		case LINEAR -> {
			// z itself
		}
		}
		return z;
	}
}
