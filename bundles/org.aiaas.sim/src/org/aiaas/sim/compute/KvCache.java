package org.aiaas.sim.compute;

/**
 * The key/value cache of a decoder-only transformer: for every token in context, every layer
 * keeps one key and one value vector per KV head. With grouped-query attention (Llama-2-70B,
 * Mistral) there are fewer KV heads than query heads, which is exactly what shrinks the cache.
 */
public final class KvCache {

	private KvCache() {
	}

	/**
	 * {@code 2 × layers × kvHeads × headDim × bytesPerValue}, the 2 being key and value.
	 * Llama-2-7B in fp16: 2·32·32·128·2 = 524,288 B = 512 KiB per token.
	 */
	public static double bytesPerToken(int layers, int kvHeads, int headDim, double bytesPerValue) {
		Arguments.atLeast(layers, 1, "layers");
		Arguments.atLeast(kvHeads, 1, "kvHeads");
		Arguments.atLeast(headDim, 1, "headDim");
		Arguments.positive(bytesPerValue, "bytesPerValue");
		return 2.0 * layers * kvHeads * headDim * bytesPerValue;
	}

	/**
	 * Whole tokens whose cache fits beside the weights: {@code floor((memory − weights) / perToken)},
	 * summed over all sequences in the batch. 0 when the weights alone fill the memory, so every
	 * request is refused for memory rather than the run failing.
	 */
	public static long tokensThatFit(double memoryBytes, double weightBytes, double bytesPerToken) {
		Arguments.nonNegative(memoryBytes, "memoryBytes");
		Arguments.nonNegative(weightBytes, "weightBytes");
		Arguments.positive(bytesPerToken, "bytesPerToken");
		double free = memoryBytes - weightBytes;
		return free <= 0.0 ? 0L : (long) Math.floor(free / bytesPerToken);
	}
}
