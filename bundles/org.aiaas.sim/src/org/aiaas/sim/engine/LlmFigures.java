package org.aiaas.sim.engine;

import org.aiaas.sim.stats.LogHistogram;
import org.aiaas.sim.stats.RunningStats;

/**
 * The LLM serving figures of one replication, measured requests only: time to first token (from
 * when the request was sent to its first output token back where it was sent from), time between
 * tokens (a request's mean gap between consecutive output tokens, (last − first) / (output − 1),
 * for requests of two tokens or more) and end to end (sent → last token back). Tokens stream
 * back over the fixed part of the return path (links, backhaul, downlink access; see
 * {@link LlmServingNode.Host#tokenReturnSeconds}), the same for every token of a request, so it
 * shifts the first and last token alike and leaves the gaps between tokens as they are at the node.
 */
final class LlmFigures {

	final RunningStats ttft = new RunningStats();
	final LogHistogram ttftHistogram = new LogHistogram();
	final RunningStats tbt = new RunningStats();
	final LogHistogram tbtHistogram = new LogHistogram();
	final RunningStats endToEnd = new RunningStats();
	final LogHistogram endToEndHistogram = new LogHistogram();
	long preemptions;
	/** Output tokens of the measured requests that completed (for energy and cost per token). */
	long outputTokens;

	void completed(LlmSequence seq, double now, double returnSeconds) {
		if (!seq.job.measured) {
			return;
		}
		outputTokens += seq.output;
		double first = seq.firstTokenAt + returnSeconds - seq.job.sent;
		ttft.add(first);
		ttftHistogram.add(first);
		if (seq.output >= 2) {
			double gap = (seq.lastTokenAt - seq.firstTokenAt) / (seq.output - 1);
			tbt.add(gap);
			tbtHistogram.add(gap);
		}
		double total = now + returnSeconds - seq.job.sent;
		endToEnd.add(total);
		endToEndHistogram.add(total);
	}

	void preempted(LlmSequence seq) {
		if (seq.job.measured) {
			preemptions++;
		}
	}
}
