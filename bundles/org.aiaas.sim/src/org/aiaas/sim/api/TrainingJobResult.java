package org.aiaas.sim.api;

import java.util.List;

/**
 * A training job on the cluster in one variant (docs/simulation.md, "Training jobs").
 *
 * @param name                  the job's name
 * @param nodes                 the nodes it trains on
 * @param accelerators          data-parallel accelerators over those nodes
 * @param flops                 6 × parameters × tokens
 * @param steps                 optimizer steps: tokens / tokens per step, rounded up
 * @param stepS                 one step: compute of the local share + ring all-reduce of the gradients
 * @param runS                  steps × step time: how long the job runs once it holds its accelerators
 * @param acceleratorHours      accelerators × run time, in hours
 * @param startS                when it held all its accelerators (mean over replications that got them)
 * @param completionS           start + run time (projected when that lies beyond the simulated time)
 * @param finishedReplications  replications in which it finished within the simulated time
 */
public record TrainingJobResult(String name, List<String> nodes, int accelerators, double flops, long steps,
		double stepS, double runS, double acceleratorHours, MetricValue startS, MetricValue completionS,
		int finishedReplications) {
}
