package org.aiaas.sim.compute;

import java.util.Objects;

/**
 * Training jobs sized by the transformer FLOP rule of Kaplan et al. ("Scaling Laws for Neural
 * Language Models", 2020): forward 2 FLOPs per parameter per token, backward twice that.
 */
public final class TrainingJobs {

	private TrainingJobs() {
	}

	/** {@code 6 × params × tokens}; 7·10⁹ parameters on 10¹² tokens = 4.2·10²² FLOP. */
	public static double flops(double params, double tokens) {
		Arguments.nonNegative(params, "params");
		Arguments.nonNegative(tokens, "tokens");
		return 6.0 * params * tokens;
	}

	/**
	 * One data-parallel step: each of the {@code accelerators} computes its share
	 * {@code tokensPerStep / accelerators} of the global batch, then the gradients
	 * ({@code params × bytesPerGradient}) are ring all-reduced.
	 * <p>
	 * Compute and communication are added, not overlapped: frameworks that all-reduce buckets
	 * during the backward pass (PyTorch DDP) hide part of it, so this is an upper bound. The
	 * compute side uses the compute ceiling only; training batches are large enough to be
	 * compute-bound.
	 *
	 * @param tokensPerStep the global batch in tokens, over all accelerators
	 */
	public static double dataParallelStepSeconds(double params, double tokensPerStep, int accelerators,
			double bytesPerGradient, double peakFlops, Efficiency efficiency, double linkBandwidth,
			double linkLatency) {
		Objects.requireNonNull(efficiency, "the efficiency");
		Arguments.atLeast(accelerators, 1, "accelerators");
		Arguments.nonNegative(bytesPerGradient, "bytesPerGradient");
		double localFlops = flops(params, tokensPerStep) / accelerators;
		return Roofline.computeSeconds(localFlops, peakFlops, efficiency)
				+ Collectives.ringAllReduceSeconds(accelerators, params * bytesPerGradient, linkBandwidth, linkLatency);
	}
}
