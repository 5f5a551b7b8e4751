package org.aiaas.sim.compute;

/**
 * The share of an accelerator's data-sheet peaks that real kernels reach: {@code compute} of the
 * peak FLOP/s, {@code memory} of the peak memory bandwidth. Both in (0, 1].
 * <p>
 * The roofline of Williams, Waterman and Patterson (CACM 52(4), 2009) is drawn with attained,
 * not advertised, ceilings; these factors turn the data sheet into those ceilings.
 */
public record Efficiency(double compute, double memory) {

	/**
	 * compute 0.5, memory 0.8.
	 * <p>
	 * Compute: model FLOPs utilisation of well-tuned large models is around one half of peak —
	 * PaLM training reached 46.2 % (Chowdhery et al., 2022, Table 3); large-batch prefill can go
	 * higher (76 % in Pope et al., "Efficiently Scaling Transformer Inference", 2022), while small
	 * convolution and attention kernels reach less. 0.5 is the middle of that range.
	 * <p>
	 * Memory: streaming kernels (STREAM copy/triad, the bandwidth ceiling Williams et al. use)
	 * attain about 80–90 % of the advertised DRAM/HBM bandwidth on current GPUs; 0.8 is the
	 * conservative end.
	 */
	public static final Efficiency DEFAULT = new Efficiency(0.5, 0.8);

	/** @throws IllegalArgumentException if a share is not in (0, 1] */
	public Efficiency {
		requireShare(compute, "compute");
		requireShare(memory, "memory");
	}

	private static void requireShare(double share, String name) {
		if (!(share > 0.0 && share <= 1.0)) {
			throw new IllegalArgumentException(name + " efficiency must be in (0, 1], got " + share);
		}
	}
}
