package org.aiaas.sim.engine;

/**
 * The token state of one LLM request: how many output tokens it has produced and how many
 * tokens' keys and values it holds in its replica's KV cache. Invariant while it runs:
 * {@code cached = prompt + generated − 1} (every token but the newest has been fed through the
 * model); a preempted sequence holds nothing and, when readmitted, recomputes its cache in one
 * prefill over {@code prompt + generated} tokens, which also yields its next token.
 */
final class LlmSequence {

	final Job job;
	final int prompt;
	final int output;
	int generated;
	long cached;
	double firstTokenAt = -1;
	double lastTokenAt;

	LlmSequence(Job job, int prompt, int output) {
		this.job = job;
		this.prompt = prompt;
		this.output = output;
	}

	/** Tokens its (re)admission prefill writes into the cache. */
	long prefillTokens() {
		return prompt + (long) generated;
	}

	/** The cache it will peak at: prompt + output − 1 tokens. */
	long peakTokens() {
		return prompt + (long) output - 1;
	}

	boolean done() {
		return generated >= output;
	}
}
