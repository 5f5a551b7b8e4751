package org.aiaas.sim.compute;

/**
 * Timing of autoregressive LLM inference in its two phases (Pope et al., "Efficiently Scaling
 * Transformer Inference", 2022; vLLM, Kwon et al., SOSP 2023):
 * <ul>
 * <li><b>prefill</b> runs the whole prompt in one pass — ≈ 2·params FLOPs per token against one
 * read of the weights, so it is compute-bound once the prompt is longer than the ridge point
 * (for fp16, arithmetic intensity ≈ prompt tokens FLOP/byte);</li>
 * <li><b>decode</b> makes one token per step for every sequence in the batch — ≈ 2·params FLOPs
 * per sequence against one read of the weights plus each sequence's KV cache, so it is
 * memory-bound until the batch approaches the ridge point.</li>
 * </ul>
 * Left out, and said so: attention's own FLOPs (≈ 4·layers·d_model per token per token in
 * context — below 2·params while the context is shorter than about params / (2·layers·d_model),
 * some 25,000 tokens for Llama-2-7B), writing the new KV entries, and kernel launch overheads.
 * Times are per model replica; a replica sharded over several accelerators (tensor parallelism)
 * can be approximated by their summed peak and bandwidth, which leaves out the all-reduce of
 * activations between the shards.
 */
public final class LlmTiming {

	private LlmTiming() {
	}

	/**
	 * Prefill of {@code promptTokens}: roofline of {@code 2·params·promptTokens} FLOPs against
	 * reading the weights once ({@code params·bytesPerValue}). This is the time to first token.
	 */
	public static double prefillSeconds(double params, int promptTokens, double bytesPerValue, double peakFlops,
			double bandwidth, Efficiency efficiency) {
		Arguments.atLeast(promptTokens, 1, "promptTokens");
		return Roofline.seconds(2.0 * params(params) * promptTokens, weightBytes(params, bytesPerValue), peakFlops,
				bandwidth, efficiency);
	}

	/**
	 * One decode step for {@code batch} sequences: roofline of {@code 2·params·batch} FLOPs against
	 * reading the weights once plus {@code kvBytesTotal}, the KV caches of all sequences in the
	 * batch. For a request alone this is its time between tokens.
	 */
	public static double decodeStepSeconds(double params, int batch, double kvBytesTotal, double bytesPerValue,
			double peakFlops, double bandwidth, Efficiency efficiency) {
		Arguments.atLeast(batch, 1, "batch");
		Arguments.nonNegative(kvBytesTotal, "kvBytesTotal");
		return Roofline.seconds(2.0 * params(params) * batch, weightBytes(params, bytesPerValue) + kvBytesTotal,
				peakFlops, bandwidth, efficiency);
	}

	/**
	 * End-to-end time of one request alone on the accelerator(s): the prefill, which yields the
	 * first output token (TTFT = {@link #prefillSeconds}), then {@code outputTokens − 1} decode
	 * steps. Step k (k = 1 … outputTokens − 1) feeds output token k and reads the cache of the
	 * {@code promptTokens + k − 1} tokens before it, so the time between tokens grows slowly
	 * with the context. {@code outputTokens} of 0 (an embedding or scoring request) costs the
	 * prefill alone.
	 */
	public static double endToEndSeconds(double params, int promptTokens, int outputTokens, double kvBytesPerToken,
			double bytesPerValue, double peakFlops, double bandwidth, Efficiency efficiency) {
		Arguments.atLeast(outputTokens, 0, "outputTokens");
		Arguments.nonNegative(kvBytesPerToken, "kvBytesPerToken");
		double prefill = prefillSeconds(params, promptTokens, bytesPerValue, peakFlops, bandwidth, efficiency);
		long steps = Math.max(0, outputTokens - 1);
		if (steps == 0) {
			return prefill;
		}
		return prefill + decodeSeconds(params, promptTokens, steps, kvBytesPerToken, bytesPerValue, peakFlops,
				bandwidth, efficiency);
	}

	/**
	 * Σ over steps k = 1 … steps of max(C, M_k) in closed form, so that a request of 100,000
	 * output tokens costs the simulator O(1): the compute time C is the same every step, the
	 * memory time M_k grows with the context, so the first steps (if any) take C and the rest
	 * M_k, an arithmetic series.
	 */
	private static double decodeSeconds(double params, int promptTokens, long steps, double kvBytesPerToken,
			double bytesPerValue, double peakFlops, double bandwidth, Efficiency efficiency) {
		double computeSeconds = Roofline.computeSeconds(2.0 * params, peakFlops, efficiency);
		double weightBytes = weightBytes(params, bytesPerValue);
		double bytesPerSecond = bandwidth * efficiency.memory();
		// First step whose bytes take at least computeSeconds: W + (p + k − 1)·kv ≥ C·B.
		long firstMemoryBound;
		double shortfall = computeSeconds * bytesPerSecond - weightBytes;
		if (shortfall <= 0.0) {
			firstMemoryBound = 1;
		} else if (kvBytesPerToken == 0.0) {
			firstMemoryBound = steps + 1;
		} else {
			double k = Math.ceil(shortfall / kvBytesPerToken - promptTokens + 1);
			firstMemoryBound = (long) Math.min(steps + 1.0, Math.max(1.0, k));
		}
		double computeBoundSteps = firstMemoryBound - 1;
		double m = steps - computeBoundSteps;
		// Σ_{k=first}^{steps} (p + k − 1) = m·(p + first − 1) + m(m − 1)/2
		double contextTokens = m * (promptTokens + firstMemoryBound - 1.0) + m * (m - 1.0) / 2.0;
		double memoryBytes = m * weightBytes + contextTokens * kvBytesPerToken;
		return computeBoundSteps * computeSeconds + memoryBytes / bytesPerSecond;
	}

	private static double params(double params) {
		return Arguments.positive(params, "params");
	}

	private static double weightBytes(double params, double bytesPerValue) {
		return params(params) * Arguments.positive(bytesPerValue, "bytesPerValue");
	}
}
