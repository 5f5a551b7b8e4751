package org.aiaas.train.nn;

import java.util.Objects;
import java.util.Random;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected layer a = f(x W + b). It remembers the last forward pass so that
 * {@link #backward} can apply the chain rule: dz = f'(z) ⊙ da, dW = xᵀ dz, db = Σ dz, dx = dz Wᵀ.
 */
public final class DenseLayer {

	private final INDArray weights;
	private final INDArray bias;
	private final Activation activation;
	private final INDArray weightGradient;
	private final INDArray biasGradient;
	private INDArray input;
	private INDArray z;
	private INDArray a;

	/** A layer with the given parameters (copied); {@code weights} is inputs × units, {@code bias} 1 × units. */
	public DenseLayer(INDArray weights, INDArray bias, Activation activation) {
		this.weights = weights.dup();
		this.bias = bias.reshape(1, weights.columns()).dup();
		this.activation = Objects.requireNonNull(activation, "the activation");
		this.weightGradient = Nd4j.zerosLike(this.weights);
		this.biasGradient = Nd4j.zerosLike(this.bias);
	}

	/**
	 * A layer with random weights: normal with variance 2/inputs for ReLU (He) and 1/inputs
	 * otherwise (Glorot/LeCun), so that activations neither vanish nor explode; zero bias. Drawn
	 * from {@code random}, so a seed gives the same network on every machine.
	 */
	public static DenseLayer initialised(int inputs, int units, Activation activation, Random random) {
		double scale = Math.sqrt((activation == Activation.RELU ? 2.0 : 1.0) / inputs);
		double[] w = new double[inputs * units];
		for (int i = 0; i < w.length; i++) {
			w[i] = random.nextGaussian() * scale;
		}
		return new DenseLayer(Nd4j.create(w, new long[] { inputs, units }, 'c'), Nd4j.zeros(1, units), activation);
	}

	/** Computes and remembers a = f(x W + b) for the rows of {@code x}. */
	public INDArray forward(INDArray x) {
		input = x;
		z = x.mmul(weights).addiRowVector(bias);
		a = activation.apply(z);
		return a;
	}

	/** Stores dW and db for the last forward pass and returns the gradient with respect to its input. */
	public INDArray backward(INDArray gradA) {
		if (input == null) {
			throw new IllegalStateException("backward before forward");
		}
		INDArray gradZ = activation.backward(z, a, gradA);
		weightGradient.assign(input.transpose().mmul(gradZ));
		biasGradient.assign(gradZ.sum(true, 0));
		return gradZ.mmul(weights.transpose());
	}

	/** The weights, live (optimisers update them in place). */
	public INDArray weights() {
		return weights;
	}

	/** The bias row, live. */
	public INDArray bias() {
		return bias;
	}

	/** dLoss/dW of the last backward pass, live. */
	public INDArray weightGradient() {
		return weightGradient;
	}

	/** dLoss/db of the last backward pass, live. */
	public INDArray biasGradient() {
		return biasGradient;
	}

	public Activation activation() {
		return activation;
	}

	public int inputs() {
		return (int) weights.rows();
	}

	public int units() {
		return (int) weights.columns();
	}
}
