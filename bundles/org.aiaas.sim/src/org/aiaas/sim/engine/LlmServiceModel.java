package org.aiaas.sim.engine;

import java.util.List;
import java.util.SplittableRandom;

import org.aiaas.model.Accelerator;
import org.aiaas.model.AiModel;
import org.aiaas.model.Node;
import org.aiaas.model.Workload;
import org.aiaas.model.analysis.Moments;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.sim.compute.Efficiency;
import org.aiaas.sim.compute.KvCache;
import org.aiaas.sim.compute.LlmTiming;
import org.aiaas.sim.compute.NumberFormat;
import org.aiaas.sim.compute.Roofline;

/**
 * An LLM workload on the nodes that could serve it: the token counts of its requests and, per
 * node, the hardware one engine step runs on. A replica of the model runs on t accelerators of the
 * node's first allocation, t the smallest power of two whose memory holds the weights with room
 * for the KV cache (tensor parallelism: each holds 1/t of the weights and of the cache and does
 * 1/t of the work, so a step sees t × the peak, bandwidth and memory; the all-reduces between the
 * shards are not modelled); the node runs ⌊accelerators / t⌋ replicas (data parallel). A model
 * that does not fit on all of them together cannot run there. The engine serves these requests with continuous batching
 * ({@link LlmServingNode}); {@link #sample} and {@link #mean} give the time of a request alone,
 * which placement and the size-based schedulers (SJF, SRPT) use as its size.
 */
final class LlmServiceModel implements ServiceModel {

	final String modelName;
	final double params;
	final double weightBytes;
	final double kvBytesPerToken;
	private final Sampler prompt;
	private final Sampler output;
	private final double meanPrompt;
	private final double meanOutput;
	private final double[] peak;
	private final double[] bandwidth;
	private final Efficiency[] efficiency;
	/** Model replicas per node; 0 where the model cannot run. */
	final int[] replicas;
	/** Accelerators one replica is sharded over (tensor-parallel degree); 0 where the model cannot run. */
	final int[] tensorDegree;
	/** KV-cache tokens one replica holds beside its weights. */
	final long[] kvTokensPerReplica;
	/** Sequences one replica decodes at once: the node's 'slots' shared by its replicas, or unlimited. */
	final int[] maxBatch;

	LlmServiceModel(Workload workload, List<Node> nodes) {
		AiModel model = workload.getModel();
		NumberFormat format = model.isSetPrecision() ? NumberFormat.of(model.getPrecision().getLiteral())
				: NumberFormat.FP16;
		this.modelName = model.getName();
		this.params = QuantityKind.toBase(model.getParams());
		this.weightBytes = params * format.bytes();
		int kvHeads = model.isSetKvHeads() ? model.getKvHeads() : model.getHeads();
		this.kvBytesPerToken = KvCache.bytesPerToken(model.getLayers(), kvHeads, model.getHeadDim(), format.bytes());
		this.prompt = Samplers.of(workload.getPrompt());
		this.output = Samplers.of(workload.getOutputTokens());
		this.meanPrompt = Moments.mean(workload.getPrompt()).orElse(0);
		this.meanOutput = Moments.mean(workload.getOutputTokens()).orElse(0);
		int n = nodes.size();
		this.peak = new double[n];
		this.bandwidth = new double[n];
		this.efficiency = new Efficiency[n];
		this.replicas = new int[n];
		this.tensorDegree = new int[n];
		this.kvTokensPerReplica = new long[n];
		this.maxBatch = new int[n];
		for (int i = 0; i < n; i++) {
			Node node = nodes.get(i);
			Accelerator accelerator = ComputeModels.accelerator(node);
			if (accelerator == null) {
				continue;
			}
			int accelerators = Math.max(1, node.getAccelerators().get(0).getCount());
			double memory = QuantityKind.toBase(accelerator.getMemory());
			int degree = 1;
			while (KvCache.tokensThatFit(degree * memory, weightBytes, kvBytesPerToken) == 0 && 2 * degree <= accelerators) {
				degree *= 2;
			}
			kvTokensPerReplica[i] = KvCache.tokensThatFit(degree * memory, weightBytes, kvBytesPerToken);
			if (kvTokensPerReplica[i] > 0) {
				tensorDegree[i] = degree;
				replicas[i] = accelerators / degree;
			}
			peak[i] = degree * ComputeModels.peak(accelerator, format);
			bandwidth[i] = degree * ComputeModels.bandwidth(accelerator);
			efficiency[i] = ComputeModels.efficiency(node);
			maxBatch[i] = node.isSetSlots() && node.getSlots() > 0
					? Math.max(1, (node.getSlots() + Math.max(1, replicas[i]) - 1) / Math.max(1, replicas[i]))
					: Integer.MAX_VALUE;
		}
	}

	/** Prompt tokens of the next request (at least 1). */
	int samplePrompt(SplittableRandom random) {
		return Math.max(1, (int) Math.round(prompt.next(random)));
	}

	/** Output tokens of the next request (at least 1). */
	int sampleOutput(SplittableRandom random) {
		return Math.max(1, (int) Math.round(output.next(random)));
	}

	/**
	 * Whether a request can ever finish on one replica of {@code node}: its cache peaks at
	 * {@code prompt + output − 1} tokens (the last output token is never fed back).
	 */
	boolean fits(int node, int promptTokens, int outputTokens) {
		return replicas[node] > 0 && promptTokens + (long) outputTokens - 1 <= kvTokensPerReplica[node];
	}

	@Override
	public double sample(int node, SplittableRandom random, ServiceRequest request) {
		int prompt = samplePrompt(random);
		int output = sampleOutput(random);
		request.tokens(prompt, output);
		return aloneSeconds(node, prompt, output);
	}

	/**
	 * The mean-sized request alone; +∞ only where the model cannot run at all (no accelerator, or
	 * the weights leave no room for a KV cache). Requests too long for the cache are lost one by
	 * one with cause 'memory'.
	 */
	@Override
	public double mean(int node) {
		if (replicas[node] == 0) {
			return Double.POSITIVE_INFINITY;
		}
		return timing(node, Math.max(1, (int) Math.round(meanPrompt)), Math.max(1, (int) Math.round(meanOutput)));
	}

	/** The request alone on one replica: prefill, then one decode step per further token; NaN if it never fits. */
	double aloneSeconds(int node, int promptTokens, int outputTokens) {
		return fits(node, promptTokens, outputTokens) ? timing(node, promptTokens, outputTokens) : Double.NaN;
	}

	private double timing(int node, int promptTokens, int outputTokens) {
		return LlmTiming.endToEndSeconds(params, promptTokens, outputTokens, kvBytesPerToken, weightBytes / params,
				peak[node], bandwidth[node], efficiency[node]);
	}

	/**
	 * One engine step on a replica of {@code node} (roofline): the prefill of
	 * {@code prefillTokens} new tokens and one decode token for each of {@code decoding} running
	 * sequences cost 2·params FLOPs per token; the step reads the weights once plus the KV cache
	 * of {@code cachedTokens} tokens held by the decoding sequences.
	 */
	double stepSeconds(int node, long prefillTokens, int decoding, long cachedTokens) {
		double flops = 2.0 * params * (prefillTokens + decoding);
		return Roofline.seconds(flops, weightBytes + kvBytesPerToken * cachedTokens, peak[node], bandwidth[node],
				efficiency[node]);
	}
}
