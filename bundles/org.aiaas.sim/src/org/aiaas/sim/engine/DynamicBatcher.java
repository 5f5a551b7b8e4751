package org.aiaas.sim.engine;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;

/**
 * Dynamic batching on one node (as Triton's dynamic batcher and TorchServe do): requests of
 * roofline-served models wait in arrival order; a batch starts on a free slot as soon as
 * {@code max} requests wait or the oldest has waited {@code wait}. A batch holds requests of the
 * oldest request's model only (up to {@code max}, in arrival order) and takes
 * {@link RooflineServiceModel#batchSeconds} — the weights are read once for the whole batch —
 * after which all of its requests complete together. The node's scheduler does not apply; its
 * slots serve batches only.
 */
final class DynamicBatcher {

	/** What the batcher needs from the replication that hosts it. */
	interface Host extends ServingHost {
		void scheduleBatchDone(double at, int node, int slot);

		void scheduleTimeout(double at, int node);
	}

	private final int nodeIndex;
	private final NodeState node;
	private final Plan plan;
	private final Host host;
	private final int max;
	private final double wait;
	private final ArrayDeque<Job> waiting = new ArrayDeque<>();
	/** The requests of the batch on each slot. */
	private final Job[][] batches;
	private final int[] batchSizes;
	private double timeoutAt = Double.NaN;

	DynamicBatcher(int nodeIndex, NodeState node, Plan plan, Host host) {
		this.nodeIndex = nodeIndex;
		this.node = node;
		this.plan = plan;
		this.host = host;
		this.max = node.plan.batchMax();
		this.wait = node.plan.batchWaitS();
		this.batches = new Job[node.plan.slots()][max];
		this.batchSizes = new int[node.plan.slots()];
	}

	/** A request of a roofline-served model reaches the node (its time alone already set). */
	void arrive(Job job, double now) {
		if (waiting.size() >= node.plan.waitingPlaces()) {
			host.lost(job, LossCause.QUEUE);
			return;
		}
		waiting.addLast(job);
		tryStart(now);
	}

	/** The oldest request may have waited long enough. */
	void timeout(double now) {
		if (now == timeoutAt) {
			timeoutAt = Double.NaN;
		}
		tryStart(now);
	}

	void batchDone(int slot, double now) {
		Job[] batch = batches[slot];
		for (int i = 0; i < batchSizes[slot]; i++) {
			Job job = batch[i];
			batch[i] = null;
			host.finished(job, now);
		}
		batchSizes[slot] = 0;
		node.releaseSlot(slot, now);
		tryStart(now);
	}

	/** Starts batches while a slot is free and a batch is due; otherwise makes sure a timeout will come. */
	private void tryStart(double now) {
		while (node.hasFreeSlot() && !waiting.isEmpty()
				&& (waiting.size() >= max || now >= waiting.peekFirst().arrival + wait)) {
			startBatch(now);
		}
		node.queueChanged(now, waiting.size());
		if (!waiting.isEmpty() && node.hasFreeSlot()) {
			double due = waiting.peekFirst().arrival + wait;
			if (due > now && due != timeoutAt) {
				timeoutAt = due;
				host.scheduleTimeout(due, nodeIndex);
			}
		}
	}

	private void startBatch(double now) {
		String model = modelOf(waiting.peekFirst());
		int slot = node.takeFreeSlot(now);
		Job[] batch = batches[slot];
		int size = 0;
		Iterator<Job> it = waiting.iterator();
		while (it.hasNext() && size < max) {
			Job job = it.next();
			if (!modelOf(job).equals(model)) {
				continue;
			}
			it.remove();
			if (now + job.remaining > job.deadlineAt) {
				host.lost(job, LossCause.DEADLINE);
				continue;
			}
			job.firstStart = now;
			host.started(job, now);
			batch[size++] = job;
		}
		if (size == 0) {
			node.releaseSlot(slot, now);
			return;
		}
		batchSizes[slot] = size;
		RooflineServiceModel service = (RooflineServiceModel) plan.workloads().get(batch[0].workload).service();
		host.scheduleBatchDone(now + service.batchSeconds(nodeIndex, size), nodeIndex, slot);
	}

	/**
	 * Batching nodes, by index, or null when no node batches (the engine then pays nothing for
	 * batching).
	 */
	static DynamicBatcher[] forNodes(NodeState[] nodes, Plan plan, Host host) {
		DynamicBatcher[] batchers = null;
		for (int i = 0; i < nodes.length; i++) {
			if (nodes[i].plan.batchMax() > 0) {
				if (batchers == null) {
					batchers = new DynamicBatcher[nodes.length];
				}
				batchers[i] = new DynamicBatcher(i, nodes[i], plan, host);
			}
		}
		return batchers;
	}

	/**
	 * Batches form from model-derived (roofline) requests only: a workload with an explicit
	 * 'service' time that may be served at a batching node is a scenario error. LLM workloads are
	 * batched continuously by their own engine and are not affected.
	 */
	static void checkBatchable(List<Plan.WorkloadPlan> workloads, List<Plan.NodePlan> nodes) {
		for (Plan.WorkloadPlan workload : workloads) {
			if (workload.service() instanceof RooflineServiceModel || workload.service() instanceof LlmServiceModel) {
				continue;
			}
			for (int node : workload.candidates()) {
				if (nodes.get(node).batchMax() > 0) {
					throw new ScenarioException("workload " + workload.name() + " has an explicit 'service' time but may be"
							+ " served at node " + nodes.get(node).name() + ", which batches ('batching max "
							+ nodes.get(node).batchMax() + "'): batches need a service time derived from a 'model'");
				}
			}
		}
	}

	private String modelOf(Job job) {
		return ((RooflineServiceModel) plan.workloads().get(job.workload).service()).modelName;
	}
}
