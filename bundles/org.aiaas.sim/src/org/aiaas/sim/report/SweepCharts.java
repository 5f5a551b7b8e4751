package org.aiaas.sim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.SweepValue;
import org.aiaas.sim.api.VariantResult;

/**
 * For a sweep: the key metrics against the first swept parameter — mean response time, 95th
 * percentile, loss rate and utilisation of the busiest node — one line per policy (and per value
 * of any further swept parameter). No charts when nothing was swept.
 */
public final class SweepCharts {

	private SweepCharts() {
	}

	public static List<SvgChart> all(List<VariantResult> variants) {
		List<VariantResult> swept = variants.stream().filter(v -> !ResultsJson.nonNull(v.sweep()).isEmpty()).toList();
		if (swept.isEmpty()) {
			return List.of();
		}
		SweepValue axis = swept.get(0).sweep().get(0);
		String xLabel = axis.parameter() + (axis.unit().isEmpty() ? "" : " (" + axis.unit() + ")");
		Map<String, List<VariantResult>> lines = new LinkedHashMap<>();
		for (VariantResult v : swept) {
			lines.computeIfAbsent(lineName(v), k -> new ArrayList<>()).add(v);
		}
		List<SvgChart> charts = new ArrayList<>();
		charts.add(chart("Mean response time vs. " + axis.parameter(), xLabel, "Seconds", lines,
				v -> MetricKey.valueOf(v, MetricKey.MEAN_RESPONSE.key())));
		charts.add(chart("95th percentile response time vs. " + axis.parameter(), xLabel, "Seconds", lines,
				v -> MetricKey.valueOf(v, MetricKey.P95_RESPONSE.key())));
		charts.add(chart("Loss rate vs. " + axis.parameter(), xLabel, "Lost / offered", lines,
				v -> MetricKey.valueOf(v, MetricKey.LOSS_RATE.key())));
		charts.add(chart("Utilisation of the busiest node vs. " + axis.parameter(), xLabel, "Busy share of slots",
				lines, SweepCharts::busiest));
		return charts;
	}

	/** The variant's name without the first swept value: "fcfs", or "fcfs · b.queue=4". */
	private static String lineName(VariantResult v) {
		String label = " · " + v.sweep().get(0).label();
		String name = v.name().replace(label, "");
		return name.isEmpty() ? v.sweep().get(0).parameter() : name;
	}

	private static SvgChart chart(String title, String xLabel, String yLabel, Map<String, List<VariantResult>> lines,
			Function<VariantResult, MetricValue> metric) {
		LineChart chart = new LineChart(title, xLabel, yLabel);
		lines.forEach((name, variants) -> {
			List<LineChart.Point> points = new ArrayList<>();
			for (VariantResult v : variants) {
				MetricValue value = metric.apply(v);
				if (value != null && value.mean() != null) {
					points.add(new LineChart.Point(v.sweep().get(0).value(), value.mean()));
				}
			}
			chart.addSeries(name, points);
		});
		return chart.emptyMessage("no data: the metric is undefined at every point");
	}

	private static MetricValue busiest(VariantResult v) {
		MetricValue best = null;
		for (NodeResult node : ResultsJson.nonNull(v.nodes())) {
			MetricValue u = node.utilization();
			if (u != null && u.mean() != null && (best == null || u.mean() > best.mean())) {
				best = u;
			}
		}
		return best;
	}
}
