package org.aiaas.sim.engine;

import java.util.List;
import java.util.function.Supplier;

/**
 * A scenario compiled for the engine: numbers in base units, references as indices. Built once
 * by {@link PlanCompiler}; every replication of every variant runs from it.
 *
 * @param scenario     the scenario's name
 * @param nodes        where requests are served
 * @param workloads    request streams
 * @param variants     the policies compared (one when nothing is compared)
 * @param tenants      tenant names, indexed by {@link WorkloadPlan#tenant()}
 * @param duration     simulated seconds per replication, warm-up included
 * @param warmup       seconds cut from the start of every statistic
 * @param replications independent replications per variant
 * @param confidence   level of the confidence intervals (0.95 unless the scenario says otherwise)
 * @param seed         base seed
 * @param warnings     what the planner should know before reading the numbers
 * @param sizeEstimator what SJF and SRPT believe request sizes to be
 */
public record Plan(String scenario, List<NodePlan> nodes, List<WorkloadPlan> workloads, List<VariantPlan> variants,
		List<String> tenants, double duration, double warmup, int replications, double confidence, long seed,
		List<String> warnings, SizeEstimator sizeEstimator) {

	/** A node: {@code slots} requests in service at once, {@code waitingPlaces} more may wait. */
	public record NodePlan(String name, int slots, int waitingPlaces) {
	}

	/**
	 * A request stream.
	 *
	 * @param arrivals   a fresh arrival stream per replication (some keep state)
	 * @param service    service demand in seconds
	 * @param deadline   relative deadline in seconds, +∞ for none
	 */
	public record WorkloadPlan(String name, int node, Supplier<ArrivalStream> arrivals, Sampler service,
			double deadline, int priority, int tenant) {
	}

	/** One policy variant: a scheduler for every node. */
	public record VariantPlan(String name, Supplier<Scheduler> scheduler) {
	}
}
