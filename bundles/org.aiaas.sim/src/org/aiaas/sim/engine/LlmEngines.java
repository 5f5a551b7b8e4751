package org.aiaas.sim.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The continuous-batching engines of one replication: one per node and LLM (by model name), shared
 * by every workload of that model that reaches the node. Other requests at such a node keep using
 * its ordinary slots; the two do not take time from each other (a node serving both is modelled
 * as if the LLM had accelerators of its own).
 */
record LlmEngines(LlmServingNode[] all, LlmServingNode[][] byWorkload) {

	static LlmEngines of(Plan plan, Supplier<Scheduler> scheduler, LlmServingNode.Host host, LlmFigures figures) {
		List<LlmServingNode> all = new ArrayList<>();
		Map<String, LlmServingNode> byModelAndNode = new HashMap<>();
		LlmServingNode[][] byWorkload = new LlmServingNode[plan.workloads().size()][];
		for (int w = 0; w < byWorkload.length; w++) {
			if (!(plan.workloads().get(w).service() instanceof LlmServiceModel model)) {
				continue;
			}
			byWorkload[w] = new LlmServingNode[plan.nodes().size()];
			for (int node : plan.workloads().get(w).candidates()) {
				byWorkload[w][node] = byModelAndNode.computeIfAbsent(model.modelName + "@" + node, key -> {
					LlmServingNode engine = new LlmServingNode(all.size(), node, model, plan, scheduler, host, figures);
					all.add(engine);
					return engine;
				});
			}
		}
		return new LlmEngines(all.toArray(new LlmServingNode[0]), byWorkload);
	}

	/** Adds the engines' busy share (replica-seconds per replica) and waiting requests to their nodes' figures. */
	static void addToNodeFigures(LlmServingNode[] engines, ReplicationOutcome outcome, double end) {
		for (LlmServingNode engine : engines) {
			int node = engine.node();
			outcome.utilization[node] = Math.min(1, outcome.utilization[node] + engine.busy.mean(end) / engine.replicas());
			outcome.meanQueueLength[node] += engine.queueLength.mean(end);
		}
	}
}
