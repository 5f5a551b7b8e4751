package org.aiaas.sim.api;

import java.util.List;
import java.util.Map;

/**
 * The results of one variant (e.g. one scheduler of a comparison) over all replications. Counts
 * are totals over replications after warm-up; metrics are means over replications with 95 %
 * confidence intervals.
 *
 * @param name        e.g. "fcfs", "rr slice 10 ms", or the scenario name when nothing is compared
 * @param offered     requests that arrived after warm-up
 * @param completed   of those, requests served to the end
 * @param lost        of those, requests not served
 * @param lostByCause lost requests per cause ("queue", "deadline", "memory", "radio")
 * @param metrics     keyed as in results.json: meanWaitS, meanResponseS, p50ResponseS, p95ResponseS,
 *                    p99ResponseS, lossRate, throughputPerS, slaAttainment, jainFairness
 * @param nodes       per node, in scenario order
 * @param responseCdf the empirical CDF of response time (seconds, probability), all replications
 * @param warnings    what the planner should know about this variant (unstable queue, …)
 * @param cells       per 5G cell, in scenario order (empty without cells)
 * @param sweep       the swept parameters and their values at this variant (empty without 'sweep')
 * @param links       per transport link, in scenario order (empty when no request crosses links)
 * @param trainingJobs per cluster training job, in scenario order (empty without them)
 */
public record VariantResult(String name, long offered, long completed, long lost, Map<String, Long> lostByCause,
		Map<String, MetricValue> metrics, List<NodeResult> nodes, List<CdfPoint> responseCdf, List<String> warnings,
		List<CellResult> cells, List<SweepValue> sweep, List<LinkResult> links, List<TrainingJobResult> trainingJobs) {

	/** A variant without sweep values, links or training jobs. */
	public VariantResult(String name, long offered, long completed, long lost, Map<String, Long> lostByCause,
			Map<String, MetricValue> metrics, List<NodeResult> nodes, List<CdfPoint> responseCdf, List<String> warnings,
			List<CellResult> cells) {
		this(name, offered, completed, lost, lostByCause, metrics, nodes, responseCdf, warnings, cells, List.of(),
				List.of(), List.of());
	}

	/** A variant of a scenario without cells. */
	public VariantResult(String name, long offered, long completed, long lost, Map<String, Long> lostByCause,
			Map<String, MetricValue> metrics, List<NodeResult> nodes, List<CdfPoint> responseCdf,
			List<String> warnings) {
		this(name, offered, completed, lost, lostByCause, metrics, nodes, responseCdf, warnings, List.of());
	}

	/** One point of an empirical distribution function. */
	public record CdfPoint(double valueS, double probability) {
	}
}
