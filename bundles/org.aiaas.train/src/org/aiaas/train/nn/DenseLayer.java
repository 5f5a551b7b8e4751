package org.aiaas.train.nn;

import java.util.Objects;
import java.util.Random;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected layer a = f(x W + b). It remembers the last forward pass so that
 * {@link #backward} can apply the chain rule: dz = f'(z) ⊙ da, dW = xᵀ dz, db = Σ dz, dx = dz Wᵀ.
 * <p>
 * The layer computes in the data type of its weights (float64 or float32). Its work arrays — the
 * activations (z, then a = f(z) in the same array), and dx — are kept from one batch to the next
 * and reallocated only when the number of rows changes: measured on the 784-256-128-10 benchmark,
 * a new array per operation and the copies behind {@code transpose().mmul(…)} cost about a third of
 * a training step. The products go straight to BLAS with its transpose flags ({@link Nd4j#gemm})
 * into those arrays. The arrays this layer returns are therefore live and overwritten by its next
 * pass; {@link NeuralNetwork#predict} copies the network's output.
 */
public final class DenseLayer {

	private final INDArray weights;
	private final INDArray bias;
	private final Activation activation;
	private final INDArray weightGradient;
	private final INDArray biasGradient;
	private INDArray input;
	/** z = x W + b, turned into a = f(z) in place; rows × units. */
	private INDArray activations;
	/** dLoss/dx, rows × inputs; allocated only when asked for. */
	private INDArray inputGradient;

	/**
	 * A layer with the given parameters (copied, in their data type); {@code weights} is inputs ×
	 * units, {@code bias} 1 × units.
	 */
	public DenseLayer(INDArray weights, INDArray bias, Activation activation) {
		this.weights = weights.dup('c');
		this.bias = bias.reshape(1, weights.columns()).castTo(weights.dataType()).dup('c');
		this.activation = Objects.requireNonNull(activation, "the activation");
		this.weightGradient = Nd4j.zerosLike(this.weights);
		this.biasGradient = Nd4j.zerosLike(this.bias);
	}

	/**
	 * A layer with random weights: normal with variance 2/inputs for ReLU (He) and 1/inputs
	 * otherwise (Glorot/LeCun), so that activations neither vanish nor explode; zero bias. Drawn
	 * from {@code random} in double precision and then stored in {@code type}, so a seed gives the
	 * same network on every machine, and a float32 network the float32 rounding of the float64 one.
	 */
	public static DenseLayer initialised(int inputs, int units, Activation activation, Random random, DataType type) {
		double scale = Math.sqrt((activation == Activation.RELU ? 2.0 : 1.0) / inputs);
		double[] w = new double[inputs * units];
		for (int i = 0; i < w.length; i++) {
			w[i] = random.nextGaussian() * scale;
		}
		return new DenseLayer(Nd4j.create(w, new long[] { inputs, units }, 'c').castTo(type), Nd4j.zeros(type, 1, units),
				activation);
	}

	/**
	 * Computes and remembers a = f(x W + b) for the rows of {@code x} (in this layer's data type).
	 * The result is live: the next forward pass overwrites it.
	 */
	public INDArray forward(INDArray x) {
		int rows = (int) x.rows();
		if (activations == null || activations.rows() != rows) {
			activations = Nd4j.create(dataType(), rows, units());
			inputGradient = null;
		}
		input = x;
		Nd4j.gemm(x, weights, activations, false, false, 1.0, 0.0);
		activations.addiRowVector(bias);
		return activation.activate(activations);
	}

	/**
	 * Stores dW and db for the last forward pass. {@code gradA} (dLoss/da, rows × units) is used up:
	 * it becomes dLoss/dz. Returns dLoss/dx (live, overwritten by the next backward pass) when
	 * {@code inputGradient} is true, else null — the first layer's dx is of no use to anybody and
	 * costs as much as its dW.
	 */
	public INDArray backward(INDArray gradA, boolean inputGradient) {
		if (input == null) {
			throw new IllegalStateException("backward before forward");
		}
		INDArray gradZ = activation.backward(activations, gradA);
		Nd4j.gemm(input, gradZ, weightGradient, true, false, 1.0, 0.0);
		gradZ.sum(biasGradient, true, 0);
		if (!inputGradient) {
			return null;
		}
		if (this.inputGradient == null) {
			this.inputGradient = Nd4j.create(dataType(), gradZ.rows(), inputs());
		}
		return Nd4j.gemm(gradZ, weights, this.inputGradient, false, true, 1.0, 0.0);
	}

	/** The type this layer computes in: its weights'. */
	public DataType dataType() {
		return weights.dataType();
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
