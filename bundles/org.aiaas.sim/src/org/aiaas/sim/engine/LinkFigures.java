package org.aiaas.sim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.aiaas.sim.api.LinkResult;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.stats.ConfidenceIntervals;

/** Combines the per-link counts of the replications into {@link LinkResult}s. */
final class LinkFigures {

	private LinkFigures() {
	}

	/** Per link in scenario order; empty when no workload comes from a device group (nothing crosses links). */
	static List<LinkResult> results(Plan plan, List<ReplicationOutcome> outcomes, double level) {
		boolean crossed = plan.workloads().stream().anyMatch(w -> w.group() >= 0);
		List<LinkResult> results = new ArrayList<>();
		if (!crossed) {
			return results;
		}
		List<NetworkPlan.LinkPlan> links = plan.network().links();
		for (int i = 0; i < links.size(); i++) {
			int link = i;
			NetworkPlan.LinkPlan linkPlan = links.get(i);
			results.add(new LinkResult(linkPlan.name(), linkPlan.bytesPerSecond() * 8 / 1e6, linkPlan.latency(),
					linkPlan.loss(),
					estimate(outcomes, level, "the measured period is empty", o -> o.measuredSeconds > 0
							? OptionalDouble.of(o.links.carriedBytes[link] / o.measuredSeconds) : OptionalDouble.empty()),
					estimate(outcomes, level, "the measured period is empty", o -> o.measuredSeconds > 0
							? OptionalDouble.of(o.links.offeredBytes[link] / o.measuredSeconds / linkPlan.bytesPerSecond())
							: OptionalDouble.empty()),
					estimate(outcomes, level, "no transfer crossed this link after the warm-up", o -> {
						long delivered = o.links.transfers[link] - o.links.lost[link];
						return delivered > 0 ? OptionalDouble.of(o.links.transferSeconds[link] / delivered)
								: OptionalDouble.empty();
					}),
					estimate(outcomes, level, "no transfer reached this link after the warm-up",
							o -> o.links.transfers[link] > 0
									? OptionalDouble.of((double) o.links.lost[link] / o.links.transfers[link])
									: OptionalDouble.empty()),
					outcomes.stream().mapToLong(o -> o.links.transfers[link]).sum(),
					outcomes.stream().mapToLong(o -> o.links.lost[link]).sum()));
		}
		return results;
	}

	private static MetricValue estimate(List<ReplicationOutcome> outcomes, double level, String undefinedReason,
			Function<ReplicationOutcome, OptionalDouble> metric) {
		double[] values = outcomes.stream().map(metric).filter(OptionalDouble::isPresent)
				.mapToDouble(OptionalDouble::getAsDouble).toArray();
		return values.length == 0 ? MetricValue.undefined(undefinedReason) : ConfidenceIntervals.of(values, level);
	}
}
