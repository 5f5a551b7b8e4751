package org.aiaas.train.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The activation functions of a dense layer, each with its derivative. Backpropagation multiplies
 * the incoming gradient by this derivative — the step the seed document's example leaves out.
 * Rows are samples.
 */
public enum Activation {

	/** max(0, z); derivative 1 where z &gt; 0, else 0. */
	RELU {
		@Override
		public INDArray apply(INDArray z) {
			return Transforms.relu(z, true);
		}

		@Override
		public INDArray backward(INDArray z, INDArray a, INDArray gradA) {
			return gradA.mul(z.gt(0).castTo(DataType.DOUBLE));
		}
	},
	/** tanh(z); derivative 1 − a². */
	TANH {
		@Override
		public INDArray apply(INDArray z) {
			return Transforms.tanh(z, true);
		}

		@Override
		public INDArray backward(INDArray z, INDArray a, INDArray gradA) {
			return gradA.mul(a.mul(a).rsubi(1.0));
		}
	},
	/** 1 / (1 + e^−z); derivative a (1 − a). */
	SIGMOID {
		@Override
		public INDArray apply(INDArray z) {
			return Transforms.sigmoid(z, true);
		}

		@Override
		public INDArray backward(INDArray z, INDArray a, INDArray gradA) {
			return gradA.mul(a.mul(a.rsub(1.0)));
		}
	},
	/**
	 * e^z / Σ e^z per row (shifted by the row maximum so that exp cannot overflow). Its Jacobian is
	 * diag(a) − a aᵀ, so the gradient is a ⊙ (g − Σ g a) per row.
	 */
	SOFTMAX {
		@Override
		public INDArray apply(INDArray z) {
			INDArray shifted = z.subColumnVector(z.max(true, 1));
			INDArray e = Transforms.exp(shifted, false);
			return e.diviColumnVector(e.sum(true, 1));
		}

		@Override
		public INDArray backward(INDArray z, INDArray a, INDArray gradA) {
			INDArray dot = gradA.mul(a).sum(true, 1);
			return a.mul(gradA.subColumnVector(dot));
		}
	},
	/** z itself (regression outputs); derivative 1. */
	LINEAR {
		@Override
		public INDArray apply(INDArray z) {
			return z.dup();
		}

		@Override
		public INDArray backward(INDArray z, INDArray a, INDArray gradA) {
			return gradA.dup();
		}
	};

	/** The activations a = f(z), a new array. */
	public abstract INDArray apply(INDArray z);

	/**
	 * The gradient of the loss with respect to z, given the gradient with respect to a = f(z)
	 * (the chain rule through f). A new array.
	 */
	public abstract INDArray backward(INDArray z, INDArray a, INDArray gradA);
}
