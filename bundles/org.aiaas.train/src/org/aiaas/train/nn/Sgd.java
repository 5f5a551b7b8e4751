package org.aiaas.train.nn;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Stochastic gradient descent with (heavy-ball) momentum: v ← μ v − η g, θ ← θ + v. */
public final class Sgd implements Optimizer {

	private final double learningRate;
	private final double momentum;
	private final List<INDArray> velocity = new ArrayList<>();

	/** {@code momentum} 0 gives plain SGD: θ ← θ − η g. */
	public Sgd(double learningRate, double momentum) {
		if (!(learningRate > 0) || momentum < 0 || momentum >= 1) {
			throw new IllegalArgumentException("SGD needs lr > 0 and 0 <= momentum < 1");
		}
		this.learningRate = learningRate;
		this.momentum = momentum;
	}

	@Override
	public void step(List<INDArray> parameters, List<INDArray> gradients) {
		if (velocity.isEmpty()) {
			parameters.forEach(p -> velocity.add(Nd4j.zerosLike(p)));
		}
		for (int i = 0; i < parameters.size(); i++) {
			INDArray v = velocity.get(i).muli(momentum).subi(gradients.get(i).mul(learningRate));
			parameters.get(i).addi(v);
		}
	}
}
