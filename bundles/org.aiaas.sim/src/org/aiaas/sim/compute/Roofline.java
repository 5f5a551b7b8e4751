package org.aiaas.sim.compute;

import java.util.Objects;

/**
 * Service time of a kernel, or a whole model pass, on one accelerator by the roofline model
 * (Williams, Waterman and Patterson, 2009): the work takes as long as the slower of doing its
 * arithmetic and moving its bytes, assuming the two overlap perfectly.
 * <p>
 * Which side wins is decided by the arithmetic intensity, FLOPs per byte moved: above the ridge
 * point {@code peakFlops·compute / (bandwidth·memory)} the work is compute-bound, below it
 * memory-bound. Units: FLOP, FLOP/s, bytes, bytes/s, seconds.
 */
public final class Roofline {

	private Roofline() {
	}

	/**
	 * {@code max(flops / (peakFlops·compute), bytesMoved / (bandwidth·memory))}.
	 *
	 * @throws IllegalArgumentException if work is negative, a peak not positive, or a value not
	 *                                  finite
	 */
	public static double seconds(double flops, double bytesMoved, double peakFlops, double bandwidth,
			Efficiency efficiency) {
		Arguments.nonNegative(flops, "flops");
		Arguments.nonNegative(bytesMoved, "bytesMoved");
		return Math.max(computeSeconds(flops, peakFlops, efficiency), memorySeconds(bytesMoved, bandwidth, efficiency));
	}

	/**
	 * A batch of {@code batch} requests run as one pass: the weights are read once for the whole
	 * batch, FLOPs and activation traffic grow with every request. Per-request time
	 * (result / batch) therefore falls with the batch while the pass is memory-bound and levels
	 * off at {@code flopsPerRequest / (peakFlops·compute)} once it is compute-bound.
	 *
	 * @return seconds for the whole batch
	 */
	public static double batchSeconds(int batch, double flopsPerRequest, double weightBytes,
			double activationBytesPerRequest, double peakFlops, double bandwidth, Efficiency efficiency) {
		Arguments.atLeast(batch, 1, "batch");
		Arguments.nonNegative(flopsPerRequest, "flopsPerRequest");
		Arguments.nonNegative(weightBytes, "weightBytes");
		Arguments.nonNegative(activationBytesPerRequest, "activationBytesPerRequest");
		return seconds(batch * flopsPerRequest, weightBytes + batch * activationBytesPerRequest, peakFlops, bandwidth,
				efficiency);
	}

	static double computeSeconds(double flops, double peakFlops, Efficiency efficiency) {
		Objects.requireNonNull(efficiency, "the efficiency");
		return flops / (Arguments.positive(peakFlops, "peakFlops") * efficiency.compute());
	}

	static double memorySeconds(double bytes, double bandwidth, Efficiency efficiency) {
		Objects.requireNonNull(efficiency, "the efficiency");
		return bytes / (Arguments.positive(bandwidth, "bandwidth") * efficiency.memory());
	}
}
