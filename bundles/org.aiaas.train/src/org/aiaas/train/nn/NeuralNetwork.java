package org.aiaas.train.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A feed-forward network of dense layers with a loss, written on ND4J's array operations (not on a
 * ready-made network library) so that every step of the learning is ours to test. Parameters are
 * listed as W₁, b₁, W₂, b₂, …; {@link #gradients()} lists their gradients in the same order.
 * <p>
 * A network computes in one {@link Precision}, its layers': FP64 (the default, and what gradient
 * checks by finite differences need) or FP32 (about twice the matrix-multiply speed, enough for
 * training by gradient descent). Inputs and targets of another type are converted. The loss and its gradient
 * are computed in float64 on the (rows × outputs) output, which is small: clipping probabilities
 * at 1 − 1e−12 needs it.
 */
public final class NeuralNetwork {

	private final List<DenseLayer> layers;
	private final Loss loss;

	/** A network of the given layers (each layer's inputs = the previous layer's units). */
	public NeuralNetwork(List<DenseLayer> layers, Loss loss) {
		if (layers.isEmpty()) {
			throw new IllegalArgumentException("a network needs at least one layer");
		}
		Precision.of(layers.get(0).dataType());
		for (int i = 1; i < layers.size(); i++) {
			if (layers.get(i).inputs() != layers.get(i - 1).units()) {
				throw new IllegalArgumentException("layer " + (i + 1) + " takes " + layers.get(i).inputs()
						+ " inputs but layer " + i + " gives " + layers.get(i - 1).units());
			}
			if (layers.get(i).dataType() != layers.get(0).dataType()) {
				throw new IllegalArgumentException("layer " + (i + 1) + " computes in " + layers.get(i).dataType()
						+ " but layer 1 in " + layers.get(0).dataType());
			}
		}
		this.layers = List.copyOf(layers);
		this.loss = Objects.requireNonNull(loss, "the loss");
	}

	/**
	 * An FP64 network with randomly initialised layers of the given sizes and activations, from
	 * {@code seed}.
	 */
	public static NeuralNetwork create(int inputs, int[] units, Activation[] activations, Loss loss, long seed) {
		return create(inputs, units, activations, loss, seed, Precision.FP64);
	}

	/**
	 * A network computing in {@code precision} with randomly initialised layers of the given sizes
	 * and activations, from {@code seed}: the same draws in either precision (FP32 holds their
	 * rounding).
	 */
	public static NeuralNetwork create(int inputs, int[] units, Activation[] activations, Loss loss, long seed,
			Precision precision) {
		Nd4jRuntime.ensureStarted();
		DataType type = precision.dataType();
		Random random = new Random(seed);
		List<DenseLayer> layers = new ArrayList<>();
		int previous = inputs;
		for (int i = 0; i < units.length; i++) {
			layers.add(DenseLayer.initialised(previous, units[i], activations[i], random, type));
			previous = units[i];
		}
		return new NeuralNetwork(layers, loss);
	}

	/** The network's outputs for the rows of {@code x}, a new array in the network's data type. */
	public INDArray predict(INDArray x) {
		return forward(x).dup();
	}

	/** The last layer's live output (overwritten by the next pass). */
	private INDArray forward(INDArray x) {
		INDArray a = inNetworkType(x);
		for (DenseLayer layer : layers) {
			a = layer.forward(a);
		}
		return a;
	}

	private INDArray inNetworkType(INDArray x) {
		return x.dataType() == dataType() ? x : x.castTo(dataType());
	}

	/** The outputs for plain Java rows (one row per sample). */
	public double[][] predictRows(double[][] x) {
		return predict(Nd4j.create(x)).toDoubleMatrix();
	}

	/** {@link #loss(INDArray, INDArray)} for plain Java rows. */
	public double lossOfRows(double[][] x, double[][] y) {
		return loss(Nd4j.create(x), Nd4j.create(y));
	}

	/** {@link #computeGradients(INDArray, INDArray)} for plain Java rows. */
	public double computeGradientsOfRows(double[][] x, double[][] y) {
		return computeGradients(Nd4j.create(x), Nd4j.create(y));
	}

	/** All parameters in one vector: W₁ row by row, b₁, W₂, … (for gradient checks and tests). */
	public double[] parameterVector() {
		return flatten(parameters());
	}

	/** The gradients of the last {@link #computeGradients}, in the order of {@link #parameterVector()}. */
	public double[] gradientVector() {
		return flatten(gradients());
	}

	/** Sets all parameters from a vector in the order of {@link #parameterVector()}. */
	public void setParameterVector(double[] values) {
		int offset = 0;
		for (INDArray p : parameters()) {
			int n = (int) p.length();
			double[] part = java.util.Arrays.copyOfRange(values, offset, offset + n);
			p.assign(Nd4j.create(part, p.shape(), 'c').castTo(p.dataType()));
			offset += n;
		}
		if (offset != values.length) {
			throw new IllegalArgumentException("expected " + offset + " parameters, got " + values.length);
		}
	}

	private static double[] flatten(List<INDArray> arrays) {
		return java.util.stream.Stream.of(arrays.stream().map(a -> a.dup('c').data().asDouble()).toArray(double[][]::new))
				.flatMapToDouble(java.util.Arrays::stream).toArray();
	}

	/** The loss on {@code x} against targets {@code y}, without changing any gradient. */
	public double loss(INDArray x, INDArray y) {
		return loss.value(forward(x).castTo(DataType.DOUBLE), y.castTo(DataType.DOUBLE));
	}

	/**
	 * One forward and backward pass: returns the loss and leaves dLoss/dθ in {@link #gradients()}.
	 * The gradient is what the loss grows along; optimisers step against it.
	 */
	public double computeGradients(INDArray x, INDArray y) {
		INDArray output = forward(x).castTo(DataType.DOUBLE);
		INDArray target = y.castTo(DataType.DOUBLE);
		double value = loss.value(output, target);
		INDArray grad = loss.gradient(output, target).castTo(dataType());
		for (int i = layers.size() - 1; i >= 0; i--) {
			grad = layers.get(i).backward(grad, i > 0);
		}
		return value;
	}

	/** W₁, b₁, W₂, b₂, … live. */
	public List<INDArray> parameters() {
		List<INDArray> result = new ArrayList<>();
		for (DenseLayer layer : layers) {
			result.add(layer.weights());
			result.add(layer.bias());
		}
		return result;
	}

	/** dW₁, db₁, dW₂, db₂, … of the last {@link #computeGradients}, live. */
	public List<INDArray> gradients() {
		List<INDArray> result = new ArrayList<>();
		for (DenseLayer layer : layers) {
			result.add(layer.weightGradient());
			result.add(layer.biasGradient());
		}
		return result;
	}

	/** Copies of the parameters (to remember the best epoch). */
	public List<INDArray> snapshot() {
		return parameters().stream().map(INDArray::dup).toList();
	}

	/** Puts back parameters taken by {@link #snapshot()}. */
	public void restore(List<INDArray> snapshot) {
		List<INDArray> live = parameters();
		for (int i = 0; i < live.size(); i++) {
			live.get(i).assign(snapshot.get(i));
		}
	}

	/** The precision the network computes in. */
	public Precision precision() {
		return Precision.of(dataType());
	}

	private DataType dataType() {
		return layers.get(0).dataType();
	}

	public List<DenseLayer> layers() {
		return layers;
	}

	public Loss lossFunction() {
		return loss;
	}

	public int inputs() {
		return layers.get(0).inputs();
	}

	public int outputs() {
		return layers.get(layers.size() - 1).units();
	}
}
