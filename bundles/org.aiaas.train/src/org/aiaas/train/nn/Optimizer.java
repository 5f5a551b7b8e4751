package org.aiaas.train.nn;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Updates parameters from their gradients, in place. Every optimiser steps <em>against</em> the
 * gradient (θ ← θ − …): the seed document's example adds it, which climbs the loss.
 */
public interface Optimizer {

	/** One step; {@code parameters} and {@code gradients} are in the same order and shapes. */
	void step(List<INDArray> parameters, List<INDArray> gradients);
}
