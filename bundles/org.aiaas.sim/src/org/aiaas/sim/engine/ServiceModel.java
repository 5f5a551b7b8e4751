package org.aiaas.sim.engine;

import java.util.SplittableRandom;

/**
 * How long a request of one workload takes on each node: an explicit service-time distribution
 * (the same everywhere), or derived from the model and the node's accelerator (roofline; LLM
 * prefill + decode). A request that cannot fit in the node's accelerator memory at all gets NaN
 * and is lost with cause 'memory'.
 */
interface ServiceModel {

	/**
	 * A service time in seconds on {@code node}; NaN if the request cannot be admitted there. What
	 * is drawn besides the time (tokens) goes into {@code request}.
	 */
	double sample(int node, SplittableRandom random, ServiceRequest request);

	/** The mean service time on {@code node}, for placement and load estimates; +∞ if it never fits. */
	double mean(int node);

	/** The explicit distribution of the scenario, whatever the node. */
	static ServiceModel explicit(Sampler sampler, double mean) {
		return new ServiceModel() {
			@Override
			public double sample(int node, SplittableRandom random, ServiceRequest request) {
				return sampler.next(random);
			}

			@Override
			public double mean(int node) {
				return mean;
			}
		};
	}

	/** A fixed time per node (roofline of a non-LLM model); NaN where the model does not fit. */
	static ServiceModel perNode(double[] seconds) {
		return new ServiceModel() {
			@Override
			public double sample(int node, SplittableRandom random, ServiceRequest request) {
				return seconds[node];
			}

			@Override
			public double mean(int node) {
				return Double.isNaN(seconds[node]) ? Double.POSITIVE_INFINITY : seconds[node];
			}
		};
	}
}
