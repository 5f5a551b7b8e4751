package org.aiaas.sim.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.NodeResult.TimePoint;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.aiaas.sim.api.VariantResult.CdfPoint;

/** Small hand-built results, with numbers chosen to be exact in binary where the tests compare text. */
final class SampleResults {

	private SampleResults() {
	}

	/** All nine metrics, in an order different from the documented one, to prove the writer reorders. */
	static Map<String, MetricValue> allMetrics() {
		Map<String, MetricValue> m = new LinkedHashMap<>();
		m.put("jainFairness", new MetricValue(1.0, 0.0, null));
		m.put("meanResponseS", new MetricValue(0.75, 0.125, null));
		m.put("meanWaitS", new MetricValue(0.25, 0.0625, null));
		m.put("p50ResponseS", new MetricValue(0.5, 0.25, null));
		m.put("p95ResponseS", new MetricValue(2.0, 0.5, null));
		m.put("p99ResponseS", new MetricValue(3.0, null, "one replication: no interval"));
		m.put("lossRate", new MetricValue(0.125, 0.0, null));
		m.put("throughputPerS", new MetricValue(7.0, 0.5, null));
		m.put("slaAttainment", new MetricValue(0.875, 0.03125, null));
		return m;
	}

	static VariantResult fcfs() {
		NodeResult gpu = new NodeResult("gpu", new MetricValue(0.5, 0.25, null), new MetricValue(1.5, 0.5, null),
				List.of(new TimePoint(0.0, 0.0), new TimePoint(10.0, 2.0)));
		return new VariantResult("fcfs", 8, 7, 1, Map.of("queue", 1L), allMetrics(), List.of(gpu),
				List.of(new CdfPoint(0.5, 0.5), new CdfPoint(3.0, 1.0)), List.of("queue grows"));
	}

	/** A variant in which nothing completed: every time metric undefined, no CDF, all lost. */
	static VariantResult nothingCompleted(String name) {
		Map<String, MetricValue> m = new LinkedHashMap<>();
		for (MetricKey key : MetricKey.values()) {
			m.put(key.key(), MetricValue.undefined("no request completed"));
		}
		m.put("lossRate", new MetricValue(1.0, 0.0, null));
		m.put("throughputPerS", new MetricValue(0.0, 0.0, null));
		NodeResult gpu = new NodeResult("gpu", new MetricValue(0.0, 0.0, null), new MetricValue(0.0, 0.0, null),
				List.of());
		return new VariantResult(name, 5, 0, 5, Map.of("queue", 5L), m, List.of(gpu), List.of(),
				List.of("a zero-length queue loses every request"));
	}

	static SimulationResult of(String scenario, VariantResult... variants) {
		return new SimulationResult(scenario, 42, 3, 100.0, 10.0, List.of(variants));
	}
}
