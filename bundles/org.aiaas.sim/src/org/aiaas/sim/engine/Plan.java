package org.aiaas.sim.engine;

import java.util.List;
import java.util.function.Supplier;

import org.aiaas.model.PlacementKind;
import org.aiaas.sim.api.SweepValue;

/**
 * A scenario compiled for the engine: numbers in base units, references as indices. Built once
 * by {@link PlanCompiler}; every replication of every variant runs from it.
 *
 * @param scenario      the scenario's name
 * @param nodes         where requests are served
 * @param workloads     request streams
 * @param variants      the policies compared (one when nothing is compared)
 * @param tenants       tenant names, indexed by {@link WorkloadPlan#tenant()}
 * @param network       cells, device groups and links
 * @param duration      simulated seconds per replication, warm-up included
 * @param warmup        seconds cut from the start of every statistic
 * @param replications  independent replications per variant
 * @param confidence    level of the confidence intervals (0.95 unless the scenario says otherwise)
 * @param seed          base seed
 * @param warnings      what the planner should know before reading the numbers
 * @param features      what a size estimator can observe about a request
 * @param sizeEstimator what SJF and SRPT of {@code sizes predicted} variants believe request sizes to
 *                      be; null until a predictor is attached ({@link PredictedSizes})
 * @param predictor     how that predictor was trained and how good it is, or null
 * @param training      cluster training jobs competing with inference for their nodes' slots
 */
public record Plan(String scenario, List<NodePlan> nodes, List<WorkloadPlan> workloads, List<VariantPlan> variants,
		List<String> tenants, NetworkPlan network, double duration, double warmup, int replications,
		double confidence, long seed, List<String> warnings, ServiceFeatures features, SizeEstimator sizeEstimator,
		org.aiaas.sim.api.PredictorSummary predictor, List<TrainingJobPlan> training) {

	/** The same plan with another size estimator for {@code sizes predicted} variants. */
	public Plan withSizeEstimator(SizeEstimator estimator) {
		return withPredictor(estimator, null);
	}

	/** The same plan with a learned predictor for {@code sizes predicted} variants, and its summary. */
	public Plan withPredictor(SizeEstimator estimator, org.aiaas.sim.api.PredictorSummary summary) {
		return new Plan(scenario, nodes, workloads, variants, tenants, network, duration, warmup, replications,
				confidence, seed, warnings, features, estimator, summary, training);
	}

	/** The same plan with another base seed (a pilot run draws from streams the measured runs never use). */
	Plan withSeed(long newSeed) {
		return new Plan(scenario, nodes, workloads, variants, tenants, network, duration, warmup, replications,
				confidence, newSeed, warnings, features, sizeEstimator, predictor, training);
	}

	/** Whether some variant orders by predicted sizes. */
	public boolean needsPredictedSizes() {
		return variants.stream().anyMatch(VariantPlan::predictedSizes);
	}

	/** The same plan running other variants (the points of a sweep; the variants a user picked). */
	public Plan withVariants(List<VariantPlan> others) {
		return new Plan(scenario, nodes, workloads, others, tenants, network, duration, warmup, replications,
				confidence, seed, warnings, features, sizeEstimator, predictor, training);
	}

	/**
	 * A node: {@code slots} requests in service at once, {@code waitingPlaces} more may wait.
	 * Accelerators draw {@code idleWatts}..{@code maxWatts} in total; holding the node costs
	 * {@code pricePerSecond}. With {@code batchMax} > 0 its model-derived requests are served in
	 * dynamic batches of up to {@code batchMax}, started at the latest {@code batchWaitS} after the
	 * oldest waiting request arrived ({@link DynamicBatcher}).
	 */
	public record NodePlan(String name, int slots, int waitingPlaces, double idleWatts, double maxWatts,
			double pricePerSecond, int batchMax, double batchWaitS) {

		/** A node without dynamic batching. */
		public NodePlan(String name, int slots, int waitingPlaces, double idleWatts, double maxWatts,
				double pricePerSecond) {
			this(name, slots, waitingPlaces, idleWatts, maxWatts, pricePerSecond, 0, 0);
		}
	}

	/**
	 * A request stream.
	 *
	 * @param node        the node its requests arrive at directly, or −1 when they come from a device group
	 * @param group       the device group that sends them, or −1
	 * @param arrivals    a fresh arrival stream per replication (some keep state)
	 * @param service     service time per node
	 * @param inputBytes  request size sent up the network
	 * @param outputBytes result size sent back
	 * @param deadline    relative deadline in seconds, +∞ for none
	 * @param candidates  nodes placement may choose from (network workloads)
	 */
	public record WorkloadPlan(String name, int node, int group, Supplier<ArrivalStream> arrivals, ServiceModel service,
			double inputBytes, double outputBytes, double deadline, int priority, int tenant, int[] candidates) {
	}

	/**
	 * One policy variant: a scheduler for every node and a placement policy; with
	 * {@code predictedSizes} its scheduler orders by the plan's size estimator, else by true sizes;
	 * {@code sweep} holds the swept values this variant's plan was compiled with (empty without 'sweep').
	 */
	public record VariantPlan(String name, Supplier<Scheduler> scheduler, PlacementKind placement,
			boolean predictedSizes, List<SweepValue> sweep) {

		public VariantPlan(String name, Supplier<Scheduler> scheduler, PlacementKind placement,
				boolean predictedSizes) {
			this(name, scheduler, placement, predictedSizes, List.of());
		}

		public VariantPlan(String name, Supplier<Scheduler> scheduler, PlacementKind placement) {
			this(name, scheduler, placement, false, List.of());
		}
	}
}
