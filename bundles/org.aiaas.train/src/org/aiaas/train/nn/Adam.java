package org.aiaas.train.nn;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam (Kingma and Ba, 2015, Algorithm 1): bias-corrected moving averages of the gradient (m) and
 * of its square (v); θ ← θ − η m̂ / (√v̂ + ε), with β₁ 0.9, β₂ 0.999, ε 1e−8 as in the paper.
 */
public final class Adam implements Optimizer {

	private static final double BETA1 = 0.9;
	private static final double BETA2 = 0.999;
	private static final double EPSILON = 1e-8;

	private final double learningRate;
	private final List<INDArray> m = new ArrayList<>();
	private final List<INDArray> v = new ArrayList<>();
	/** One work array per parameter: the step allocates nothing (measured: allocations cost more than the arithmetic). */
	private final List<INDArray> scratch = new ArrayList<>();
	private int t;

	public Adam(double learningRate) {
		if (!(learningRate > 0)) {
			throw new IllegalArgumentException("Adam needs lr > 0");
		}
		this.learningRate = learningRate;
	}

	@Override
	public void step(List<INDArray> parameters, List<INDArray> gradients) {
		if (m.isEmpty()) {
			parameters.forEach(p -> {
				m.add(Nd4j.zerosLike(p));
				v.add(Nd4j.zerosLike(p));
				scratch.add(Nd4j.zerosLike(p));
			});
		}
		t++;
		double correction1 = 1 - Math.pow(BETA1, t);
		double correction2 = 1 - Math.pow(BETA2, t);
		for (int i = 0; i < parameters.size(); i++) {
			INDArray g = gradients.get(i);
			INDArray mi = m.get(i);
			INDArray vi = v.get(i);
			INDArray work = scratch.get(i);
			// m ← β₁ m + (1 − β₁) g
			mi.muli(BETA1);
			Nd4j.getBlasWrapper().level1().axpy(mi.length(), 1 - BETA1, g, mi);
			// v ← β₂ v + (1 − β₂) g²
			g.mul(g, work);
			vi.muli(BETA2);
			Nd4j.getBlasWrapper().level1().axpy(vi.length(), 1 - BETA2, work, vi);
			// θ ← θ − η (m / c₁) / (√(v / c₂) + ε)
			vi.div(correction2, work);
			Transforms.sqrt(work, false).addi(EPSILON);
			mi.div(work, work);
			Nd4j.getBlasWrapper().level1().axpy(work.length(), -learningRate / correction1, work, parameters.get(i));
		}
	}
}
