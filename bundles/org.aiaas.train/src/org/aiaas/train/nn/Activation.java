package org.aiaas.train.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinearDerivative;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The activation functions of a dense layer, each with its derivative. Backpropagation multiplies
 * the incoming gradient by this derivative — the step the seed document's example leaves out.
 * Rows are samples.
 * <p>
 * Both directions work in place, on arrays the {@link DenseLayer} owns: {@link #activate} turns z
 * into a = f(z), and {@link #backward} turns dLoss/da into dLoss/dz. Every derivative is written
 * in terms of a alone (for ReLU, a &gt; 0 exactly where z &gt; 0), so z need not be kept.
 */
public enum Activation {

	/** max(0, z); derivative 1 where z &gt; 0, else 0. */
	RELU {
		@Override
		public INDArray activate(INDArray z) {
			return Transforms.relu(z, false);
		}

		@Override
		public INDArray backward(INDArray a, INDArray gradA) {
			// One native op (relu_bp: gradA where a > 0, else 0) instead of a mask array and a product.
			Nd4j.exec(new RectifiedLinearDerivative(a, gradA, gradA));
			return gradA;
		}
	},
	/** tanh(z); derivative 1 − a². */
	TANH {
		@Override
		public INDArray activate(INDArray z) {
			return Transforms.tanh(z, false);
		}

		@Override
		public INDArray backward(INDArray a, INDArray gradA) {
			return gradA.muli(a.mul(a).rsubi(1.0));
		}
	},
	/** 1 / (1 + e^−z); derivative a (1 − a). */
	SIGMOID {
		@Override
		public INDArray activate(INDArray z) {
			return Transforms.sigmoid(z, false);
		}

		@Override
		public INDArray backward(INDArray a, INDArray gradA) {
			return gradA.muli(a.rsub(1.0).muli(a));
		}
	},
	/**
	 * e^z / Σ e^z per row (shifted by the row maximum so that exp cannot overflow). Its Jacobian is
	 * diag(a) − a aᵀ, so the gradient is a ⊙ (g − Σ g a) per row.
	 */
	SOFTMAX {
		@Override
		public INDArray activate(INDArray z) {
			z.subiColumnVector(z.max(true, 1));
			Transforms.exp(z, false);
			return z.diviColumnVector(z.sum(true, 1));
		}

		@Override
		public INDArray backward(INDArray a, INDArray gradA) {
			INDArray dot = gradA.mul(a).sum(true, 1);
			return gradA.subiColumnVector(dot).muli(a);
		}
	},
	/** z itself (regression outputs); derivative 1. */
	LINEAR {
		@Override
		public INDArray activate(INDArray z) {
			return z;
		}

		@Override
		public INDArray backward(INDArray a, INDArray gradA) {
			return gradA;
		}
	};

	/** Replaces z by the activations a = f(z), in place; returns the same array. */
	public abstract INDArray activate(INDArray z);

	/**
	 * Replaces {@code gradA}, the gradient of the loss with respect to a = f(z), by the gradient
	 * with respect to z (the chain rule through f), in place; returns the same array.
	 */
	public abstract INDArray backward(INDArray a, INDArray gradA);
}
