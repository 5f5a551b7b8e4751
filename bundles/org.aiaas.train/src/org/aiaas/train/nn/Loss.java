package org.aiaas.train.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The loss functions, averaged over the samples of a batch (rows), each with its gradient with
 * respect to the network's output. Probabilities are clipped to [1e−12, 1 − 1e−12] so that a
 * confident wrong answer gives a large but finite loss.
 */
public enum Loss {

	/** Mean squared error: mean over all outputs of (a − y)². */
	MSE {
		@Override
		public double value(INDArray a, INDArray y) {
			INDArray d = a.sub(y);
			return d.mul(d).sumNumber().doubleValue() / a.length();
		}

		@Override
		public INDArray gradient(INDArray a, INDArray y) {
			return a.sub(y).muli(2.0 / a.length());
		}
	},
	/**
	 * Cross-entropy: −Σ y log a per sample for several outputs (one-hot targets, softmax), and
	 * −[y log a + (1 − y) log(1 − a)] for one output (0/1 targets, sigmoid); mean over samples.
	 */
	CROSS_ENTROPY {
		@Override
		public double value(INDArray a, INDArray y) {
			INDArray p = clip(a);
			double n = a.rows();
			double sum = y.mul(Transforms.log(p, true)).sumNumber().doubleValue();
			if (a.columns() == 1) {
				sum += y.rsub(1.0).mul(Transforms.log(p.rsub(1.0), false)).sumNumber().doubleValue();
			}
			return -sum / n;
		}

		@Override
		public INDArray gradient(INDArray a, INDArray y) {
			INDArray p = clip(a);
			double n = a.rows();
			if (a.columns() == 1) {
				// d/dp of −[y log p + (1 − y) log(1 − p)] = (p − y) / (p (1 − p))
				return p.sub(y).divi(p.mul(p.rsub(1.0))).divi(n);
			}
			return y.div(p).negi().divi(n);
		}
	};

	private static final double EPSILON = 1e-12;

	private static INDArray clip(INDArray a) {
		return Transforms.min(Transforms.max(a, EPSILON, true), 1 - EPSILON, false);
	}

	/** The loss of outputs {@code a} against targets {@code y} (same shape), averaged over rows. */
	public abstract double value(INDArray a, INDArray y);

	/** dLoss/da, same shape as {@code a}. */
	public abstract INDArray gradient(INDArray a, INDArray y);
}
