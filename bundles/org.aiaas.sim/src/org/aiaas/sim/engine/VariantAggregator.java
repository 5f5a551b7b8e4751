package org.aiaas.sim.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.VariantResult;
import org.aiaas.sim.stats.ConfidenceIntervals;
import org.aiaas.sim.stats.JainFairness;
import org.aiaas.sim.stats.LogHistogram;

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

	static VariantResult aggregate(Plan plan, String name, List<ReplicationOutcome> outcomes) {
		long offered = outcomes.stream().mapToLong(o -> o.offered).sum();
		long completed = outcomes.stream().mapToLong(o -> o.completed).sum();
		long lostQueue = outcomes.stream().mapToLong(o -> o.lostQueue).sum();
		long lostDeadline = outcomes.stream().mapToLong(o -> o.lostDeadline).sum();
		Map<String, Long> lostByCause = new LinkedHashMap<>();
		lostByCause.put("queue", lostQueue);
		lostByCause.put("deadline", lostDeadline);

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
		metrics.put("jainFairness", plan.tenants().size() < 2
				? MetricValue.undefined("fewer than two tenants")
				: estimate(outcomes, level, "no tenant was offered requests", VariantAggregator::fairness));

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
		long unfinished = offered - completed - lostQueue - lostDeadline;
		if (unfinished > 0 && unfinished > 0.01 * offered) {
			warnings.add(String.format(java.util.Locale.ROOT,
					"%d of %d measured requests (%.1f %%) were still in the system when the runs ended; their waiting"
							+ " and response times are not in the statistics",
					unfinished, offered, 100.0 * unfinished / offered));
		}
		return new VariantResult(name, offered, completed, lostQueue + lostDeadline, lostByCause, metrics, nodes, cdf,
				List.copyOf(warnings));
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
