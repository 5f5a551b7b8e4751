package org.aiaas.sim.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.aiaas.sim.stats.TimeWeighted;

/**
 * Continuous batching of one LLM on one node (iteration-level scheduling, as Orca and vLLM do).
 * Each replica (one per accelerator) runs engine steps back to back while it has sequences:
 * <ul>
 * <li>a step produces one token for every running sequence; sequences admitted at its start run
 * their prefill in the same fused pass (their first token comes at the step's end), the others
 * decode one token; its time is {@link LlmServiceModel#stepSeconds} (roofline: 2·params FLOPs per
 * token processed against one read of the weights plus the KV cache of the decoding sequences);</li>
 * <li>at every step boundary, first the running sequences reserve the one token each will write;
 * if the cache cannot hold that, the most recently admitted sequence is preempted (recompute
 * style: it loses its cache and waits again, ahead of new requests); then waiting sequences are
 * admitted in the node scheduler's order while the batch limit allows and their prefill fits in
 * the cache (head of line: the first that does not fit stops admission);</li>
 * <li>a request whose cache would peak beyond one replica's free memory
 * ({@code prompt + output − 1} tokens) can never finish and is lost with cause {@code memory}.</li>
 * </ul>
 * The waiting queue is shared by the node's replicas: whichever reaches a step boundary first
 * admits. Schedulers order admission only; they do not preempt running sequences.
 */
final class LlmServingNode {

	/** What the engine needs from the replication that hosts it. */
	interface Host extends ServingHost {
		void scheduleStep(double at, int engine, int replica);

		/**
		 * The size the scheduler orders this request by: its time alone ({@code trueSize}), or what the
		 * variant's size estimator predicts from its workload, node and tokens.
		 */
		double believedSize(Job job, int node, int promptTokens, int outputTokens, double trueSize);

		/**
		 * Seconds a token made at {@code node} takes back to where {@code job} was sent from: 0 for
		 * requests that arrive at the node itself.
		 */
		double tokenReturnSeconds(Job job, int node);
	}

	private final int engine;
	private final int node;
	private final LlmServiceModel model;
	private final Plan plan;
	private final Host host;
	private final LlmFigures figures;
	private final Scheduler waiting;
	/** Preempted sequences, readmitted before new ones, earliest admitted first. */
	private final ArrayDeque<Job> preempted = new ArrayDeque<>();
	private final int waitingPlaces;
	private final List<List<LlmSequence>> running = new ArrayList<>();
	private final KvAdmission[] caches;
	private final boolean[] stepping;
	private int busyReplicas;
	final TimeWeighted busy = new TimeWeighted(0, 0);
	final TimeWeighted queueLength = new TimeWeighted(0, 0);

	LlmServingNode(int engine, int node, LlmServiceModel model, Plan plan, Supplier<Scheduler> scheduler, Host host,
			LlmFigures figures) {
		this.engine = engine;
		this.node = node;
		this.model = model;
		this.plan = plan;
		this.host = host;
		this.figures = figures;
		this.waiting = scheduler.get();
		this.waitingPlaces = plan.nodes().get(node).waitingPlaces();
		int replicas = Math.max(1, model.replicas[node]);
		this.caches = new KvAdmission[replicas];
		this.stepping = new boolean[replicas];
		for (int r = 0; r < replicas; r++) {
			caches[r] = new KvAdmission(model.kvTokensPerReplica[node]);
			running.add(new ArrayList<>());
		}
	}

	int replicas() {
		return caches.length;
	}

	int node() {
		return node;
	}

	/** Sequences running or waiting here: the load placement sees. */
	int inSystem() {
		int sequences = waiting.size() + preempted.size();
		for (List<LlmSequence> batch : running) {
			sequences += batch.size();
		}
		return sequences;
	}

	/** A request reaches the node: its token counts are drawn; it waits, or is lost. */
	void arrive(Job job, double now, SplittableRandom random) {
		// the workload's own token distributions; the hardware and weights are the engine's model's
		LlmServiceModel workload = (LlmServiceModel) plan.workloads().get(job.workload).service();
		int prompt = workload.samplePrompt(random);
		int output = workload.sampleOutput(random);
		double alone = workload.aloneSeconds(node, prompt, output);
		if (Double.isNaN(alone)) {
			host.lost(job, LossCause.MEMORY);
			return;
		}
		job.arriveAtNode(node, now, alone, host.believedSize(job, node, prompt, output, alone));
		job.llm = new LlmSequence(job, prompt, output);
		if (waiting.size() + preempted.size() >= waitingPlaces) {
			host.lost(job, LossCause.QUEUE);
			return;
		}
		waiting.add(job);
		queueChanged(now);
		startIdleReplicas(now);
	}

	/** The replica's step ends: every running sequence has one more token. */
	void stepDone(int replica, double now) {
		List<LlmSequence> batch = running.get(replica);
		int kept = 0;
		for (int i = 0; i < batch.size(); i++) {
			LlmSequence seq = batch.get(i);
			seq.generated++;
			if (seq.firstTokenAt < 0) {
				seq.firstTokenAt = now;
			}
			seq.lastTokenAt = now;
			if (seq.done()) {
				caches[replica].release(seq.cached);
				figures.completed(seq, now, host.tokenReturnSeconds(seq.job, node));
				host.finished(seq.job, now);
			} else {
				batch.set(kept++, seq);
			}
		}
		batch.subList(kept, batch.size()).clear();
		stepping[replica] = false;
		busyReplicas--;
		beginStep(replica, now);
		startIdleReplicas(now);
		busy.set(now, busyReplicas);
	}

	private void startIdleReplicas(double now) {
		for (int r = 0; r < caches.length && hasWaiting(); r++) {
			if (!stepping[r]) {
				beginStep(r, now);
			}
		}
		busy.set(now, busyReplicas);
	}

	private void beginStep(int replica, double now) {
		List<LlmSequence> batch = running.get(replica);
		KvAdmission cache = caches[replica];
		while (!batch.isEmpty() && !cache.fits(batch.size())) {
			preempt(cache, batch.remove(batch.size() - 1));
		}
		int decoding = batch.size();
		long cachedRead = 0;
		for (LlmSequence seq : batch) {
			cachedRead += seq.cached;
			seq.cached++;
		}
		cache.reserve(decoding);
		long prefill = admit(batch, cache, now);
		queueChanged(now);
		if (batch.isEmpty()) {
			return;
		}
		stepping[replica] = true;
		busyReplicas++;
		host.scheduleStep(now + model.stepSeconds(node, prefill, decoding, cachedRead), engine, replica);
	}

	/** Admits waiting sequences while the batch limit and the cache allow; returns the prefill tokens. */
	private long admit(List<LlmSequence> batch, KvAdmission cache, double now) {
		long prefill = 0;
		int limit = model.maxBatch[node];
		while (batch.size() < limit) {
			Job next = preempted.isEmpty() ? waiting.peek() : preempted.peekFirst();
			if (next == null) {
				break;
			}
			LlmSequence seq = next.llm;
			if (!next.hasStarted() && now + next.remaining > next.deadlineAt) {
				waiting.poll();
				host.lost(next, LossCause.DEADLINE);
				continue;
			}
			if (!cache.fits(seq.prefillTokens())) {
				break;
			}
			if (preempted.isEmpty()) {
				waiting.poll();
			} else {
				preempted.pollFirst();
			}
			if (!next.hasStarted()) {
				next.firstStart = now;
				host.started(next, now);
			}
			seq.cached = seq.prefillTokens();
			cache.reserve(seq.cached);
			prefill += seq.cached;
			batch.add(seq);
		}
		return prefill;
	}

	/** Recompute-style preemption: the cache is dropped; the sequence keeps the tokens it produced. */
	private void preempt(KvAdmission cache, LlmSequence seq) {
		cache.release(seq.cached);
		seq.cached = 0;
		preempted.addFirst(seq.job);
		figures.preempted(seq);
	}

	private boolean hasWaiting() {
		return waiting.size() > 0 || !preempted.isEmpty();
	}

	private void queueChanged(double now) {
		queueLength.set(now, waiting.size() + preempted.size());
	}

	void restartMeasuring(double now) {
		busy.restart(now);
		queueLength.restart(now);
	}
}
