package org.aiaas.sim.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.aiaas.sim.api.CellResult;
import org.aiaas.sim.api.LinkResult;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.VariantResult;
import org.aiaas.sim.stats.ConfidenceIntervals;
import org.aiaas.sim.stats.JainFairness;
import org.aiaas.sim.compute.Cost;
import org.aiaas.sim.compute.Energy;
import org.aiaas.sim.stats.LogHistogram;
import org.aiaas.sim.stats.RunningStats;

/**
 * Combines the replications of one variant: totals of counts, and for every metric the mean over
 * replications with its confidence interval (independent replications, Student t). A metric a
 * replication cannot define (no request completed) is left out for that replication; a metric no
 * replication defines is null with the reason.
 */
final class VariantAggregator {

	private static final int CDF_POINTS = 200;

	private VariantAggregator() {
	}

	static VariantResult aggregate(Plan plan, Plan.VariantPlan variant, List<ReplicationOutcome> outcomes) {
		String name = variant.name();
		long offered = outcomes.stream().mapToLong(o -> o.offered).sum();
		long completed = outcomes.stream().mapToLong(o -> o.completed).sum();
		Map<String, Long> lostByCause = new LinkedHashMap<>();
		long lost = 0;
		for (LossCause cause : LossCause.values()) {
			long count = outcomes.stream().mapToLong(o -> o.lost[cause.ordinal()]).sum();
			lostByCause.put(cause.key, count);
			lost += count;
		}

		double level = plan.confidence();
		Map<String, MetricValue> metrics = new LinkedHashMap<>();
		metrics.put("meanWaitS", estimate(outcomes, level, "no request started service after the warm-up",
				o -> o.waiting.count() > 0 ? OptionalDouble.of(o.waiting.mean()) : OptionalDouble.empty()));
		metrics.put("meanResponseS", estimate(outcomes, level, "no request completed after the warm-up",
				o -> o.response.count() > 0 ? OptionalDouble.of(o.response.mean()) : OptionalDouble.empty()));
		metrics.put("p50ResponseS", quantile(outcomes, level, 0.50));
		metrics.put("p95ResponseS", quantile(outcomes, level, 0.95));
		metrics.put("p99ResponseS", quantile(outcomes, level, 0.99));
		metrics.put("lossRate", estimate(outcomes, level, "no request arrived after the warm-up",
				o -> o.offered > 0 ? OptionalDouble.of((double) o.lost() / o.offered) : OptionalDouble.empty()));
		metrics.put("throughputPerS", estimate(outcomes, level, "the measured period is empty",
				o -> o.measuredSeconds > 0 ? OptionalDouble.of(o.completed / o.measuredSeconds) : OptionalDouble.empty()));
		metrics.put("slaAttainment", estimate(outcomes, level, "no workload has a deadline",
				o -> o.withDeadline > 0 ? OptionalDouble.of((double) o.deadlineMet / o.withDeadline)
						: OptionalDouble.empty()));
		metrics.put("energyJ", estimate(outcomes, level, "the measured period is empty",
				o -> OptionalDouble.of(energy(plan, o))));
		metrics.put("energyPerRequestJ", estimate(outcomes, level, "no request completed after the warm-up",
				o -> o.completed > 0 ? OptionalDouble.of(energy(plan, o) / o.completed) : OptionalDouble.empty()));
		metrics.put("costUsd", estimate(outcomes, level, "the measured period is empty",
				o -> OptionalDouble.of(cost(plan, o))));
		metrics.put("costPerRequestUsd", estimate(outcomes, level, "no request completed after the warm-up",
				o -> o.completed > 0 ? OptionalDouble.of(cost(plan, o) / o.completed) : OptionalDouble.empty()));
		metrics.put("jainFairness", plan.tenants().size() < 2
				? MetricValue.undefined("fewer than two tenants")
				: estimate(outcomes, level, "no tenant was offered requests", VariantAggregator::fairness));
		if (plan.workloads().stream().anyMatch(w -> w.service() instanceof LlmServiceModel)) {
			llmMetrics(outcomes, level, metrics);
			// Per output token: the energy and cost of every node over the measured period, shared
			// by the output tokens of the LLM requests that completed in it.
			String noTokens = "no LLM request completed after the warm-up";
			metrics.put("energyPerTokenJ", estimate(outcomes, level, noTokens, o -> o.llm.outputTokens > 0
					? OptionalDouble.of(energy(plan, o) / o.llm.outputTokens) : OptionalDouble.empty()));
			metrics.put("costPerTokenUsd", estimate(outcomes, level, noTokens, o -> o.llm.outputTokens > 0
					? OptionalDouble.of(cost(plan, o) / o.llm.outputTokens) : OptionalDouble.empty()));
		}

		List<NodeResult> nodes = new ArrayList<>();
		for (int i = 0; i < plan.nodes().size(); i++) {
			int node = i;
			nodes.add(new NodeResult(plan.nodes().get(i).name(),
					estimate(outcomes, level, "no measured time", o -> OptionalDouble.of(o.utilization[node])),
					estimate(outcomes, level, "no measured time", o -> OptionalDouble.of(o.meanQueueLength[node])),
					outcomes.get(0).queueSeries.isEmpty() ? List.of() : List.copyOf(outcomes.get(0).queueSeries.get(node))));
		}

		LogHistogram all = new LogHistogram();
		outcomes.forEach(o -> all.merge(o.responseHistogram));
		List<VariantResult.CdfPoint> cdf = new ArrayList<>();
		if (all.count() > 0) {
			all.cdf(CDF_POINTS).forEach(p -> cdf.add(new VariantResult.CdfPoint(p[0], p[1])));
		}
		List<String> warnings = new ArrayList<>(plan.warnings());
		long unfinished = offered - completed - lost;
		if (unfinished > 0 && unfinished > 0.01 * offered) {
			warnings.add(String.format(java.util.Locale.ROOT,
					"%d of %d measured requests (%.1f %%) were still in the system when the runs ended; their waiting"
							+ " and response times are not in the statistics",
					unfinished, offered, 100.0 * unfinished / offered));
		}
		List<LinkResult> links = LinkFigures.results(plan, outcomes, level);
		for (LinkResult link : links) {
			if (link.utilization().isDefined() && link.utilization().mean() >= 1) {
				// Links carry each transfer in latency + size / bandwidth whatever else crosses them.
				warnings.add(String.format(java.util.Locale.ROOT, "link %s is offered %.0f %% of its bandwidth; links do"
						+ " not queue in this model, so its transfer times (and the responses that cross it) are too"
						+ " optimistic", link.name(), 100 * link.utilization().mean()));
			}
		}
		return new VariantResult(name, offered, completed, lost, lostByCause, metrics, nodes, cdf,
				List.copyOf(warnings), cells(plan, outcomes, level), variant.sweep(), links,
				TrainingFigures.results(plan, outcomes, level));
	}

	/**
	 * Joules over the measured period: per node P = idle + (max − idle) · utilisation for its
	 * accelerators (docs/simulation.md).
	 */
	private static double energy(Plan plan, ReplicationOutcome o) {
		double joules = 0;
		for (int i = 0; i < plan.nodes().size(); i++) {
			Plan.NodePlan node = plan.nodes().get(i);
			joules += Energy.joules(node.idleWatts(), node.maxWatts(), o.utilization[i] * o.measuredSeconds,
					o.measuredSeconds);
		}
		return joules;
	}

	/** Dollars for holding every node over the measured period. */
	private static double cost(Plan plan, ReplicationOutcome o) {
		double dollars = 0;
		for (Plan.NodePlan node : plan.nodes()) {
			dollars += Cost.dollars(node.pricePerSecond() * 3600, o.measuredSeconds);
		}
		return dollars;
	}

	private static List<CellResult> cells(Plan plan, List<ReplicationOutcome> outcomes, double level) {
		List<CellResult> cells = new ArrayList<>();
		for (int c = 0; c < plan.network().cells().size(); c++) {
			int cell = c;
			CellPlan cellPlan = plan.network().cells().get(c);
			Function<Function<ReplicationOutcome.CellFigures, RunningStats>, MetricValue> meanOf = stats -> estimate(
					outcomes, level, "no transfer in this cell after the warm-up",
					o -> stats.apply(o.cells[cell]).count() > 0 ? OptionalDouble.of(stats.apply(o.cells[cell]).mean())
							: OptionalDouble.empty());
			cells.add(new CellResult(cellPlan.name(), cellPlan.peakDownlinkBps() / 1e6, cellPlan.peakUplinkBps() / 1e6,
					estimate(outcomes, level, "no device in this cell", o -> o.cells[cell].downlinkRates.count() > 0
							? OptionalDouble.of(o.cells[cell].downlinkRates.mean() / 1e6) : OptionalDouble.empty()),
					estimate(outcomes, level, "no device in this cell", o -> o.cells[cell].uplinkRates.count() > 0
							? OptionalDouble.of(o.cells[cell].uplinkRates.mean() / 1e6) : OptionalDouble.empty()),
					estimate(outcomes, level, "no measured time", o -> OptionalDouble.of(o.cells[cell].downlinkBusy)),
					estimate(outcomes, level, "no measured time", o -> OptionalDouble.of(o.cells[cell].uplinkBusy)),
					meanOf.apply(f -> f.uplink), meanOf.apply(f -> f.downlink),
					estimate(outcomes, level, "no request was sent in this cell after the warm-up",
							o -> o.cells[cell].offered > 0
									? OptionalDouble.of((double) o.cells[cell].outage / o.cells[cell].offered)
									: OptionalDouble.empty()),
					outcomes.get(0).cells[cell].refusedDevices));
		}
		return cells;
	}

	/** Time to first token, time between tokens and end to end of the LLM requests (docs/results-schema.md). */
	private static void llmMetrics(List<ReplicationOutcome> outcomes, double level, Map<String, MetricValue> metrics) {
		String none = "no LLM request completed after the warm-up";
		String single = "no LLM request of two or more output tokens completed after the warm-up";
		metrics.put("meanTtftS", mean(outcomes, level, none, o -> o.llm.ttft));
		metrics.put("p50TtftS", quantile(outcomes, level, none, o -> o.llm.ttftHistogram, 0.50));
		metrics.put("p95TtftS", quantile(outcomes, level, none, o -> o.llm.ttftHistogram, 0.95));
		metrics.put("p99TtftS", quantile(outcomes, level, none, o -> o.llm.ttftHistogram, 0.99));
		metrics.put("meanTbtS", mean(outcomes, level, single, o -> o.llm.tbt));
		metrics.put("p50TbtS", quantile(outcomes, level, single, o -> o.llm.tbtHistogram, 0.50));
		metrics.put("p95TbtS", quantile(outcomes, level, single, o -> o.llm.tbtHistogram, 0.95));
		metrics.put("meanLlmEndToEndS", mean(outcomes, level, none, o -> o.llm.endToEnd));
		metrics.put("p95LlmEndToEndS", quantile(outcomes, level, none, o -> o.llm.endToEndHistogram, 0.95));
		metrics.put("llmPreemptionsPerS", estimate(outcomes, level, "the measured period is empty",
				o -> o.measuredSeconds > 0 ? OptionalDouble.of(o.llm.preemptions / o.measuredSeconds)
						: OptionalDouble.empty()));
	}

	private static MetricValue mean(List<ReplicationOutcome> outcomes, double level, String reason,
			Function<ReplicationOutcome, RunningStats> stats) {
		return estimate(outcomes, level, reason, o -> stats.apply(o).count() > 0 ? OptionalDouble.of(stats.apply(o).mean())
				: OptionalDouble.empty());
	}

	private static MetricValue quantile(List<ReplicationOutcome> outcomes, double level, String reason,
			Function<ReplicationOutcome, LogHistogram> histogram, double q) {
		return estimate(outcomes, level, reason, o -> histogram.apply(o).count() > 0
				? OptionalDouble.of(histogram.apply(o).quantile(q)) : OptionalDouble.empty());
	}

	private static OptionalDouble fairness(ReplicationOutcome o) {
		List<Double> served = new ArrayList<>();
		for (int t = 0; t < o.offeredByTenant.length; t++) {
			if (o.offeredByTenant[t] > 0) {
				served.add((double) o.completedByTenant[t] / o.offeredByTenant[t]);
			}
		}
		return served.size() < 2 ? OptionalDouble.empty()
				: JainFairness.index(served.stream().mapToDouble(Double::doubleValue).toArray());
	}

	private static MetricValue quantile(List<ReplicationOutcome> outcomes, double level, double q) {
		return estimate(outcomes, level, "no request completed after the warm-up",
				o -> o.responseHistogram.count() > 0 ? OptionalDouble.of(o.responseHistogram.quantile(q))
						: OptionalDouble.empty());
	}

	private static MetricValue estimate(List<ReplicationOutcome> outcomes, double level, String undefinedReason,
			Function<ReplicationOutcome, OptionalDouble> metric) {
		double[] values = outcomes.stream().map(metric).filter(OptionalDouble::isPresent)
				.mapToDouble(OptionalDouble::getAsDouble).toArray();
		return values.length == 0 ? MetricValue.undefined(undefinedReason) : ConfidenceIntervals.of(values, level);
	}
}
