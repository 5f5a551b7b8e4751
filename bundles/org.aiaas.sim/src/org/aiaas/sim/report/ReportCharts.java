package org.aiaas.sim.report;

import java.util.ArrayList;
import java.util.List;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.VariantResult;

/**
 * The charts of report.html, in page order: response-time CDF per variant, mean waiting and
 * response time with confidence intervals, queue length over time (one chart per variant, one line
 * per node), utilisation per node and variant, loss by cause. With no variants there is still one
 * queue-length chart, which says "no data", so the page always has {@code 4 + max(1, variants)}
 * charts.
 */
public final class ReportCharts {

	private ReportCharts() {
	}

	public static List<SvgChart> all(List<VariantResult> variants) {
		List<SvgChart> charts = new ArrayList<>();
		charts.add(responseCdf(variants));
		charts.add(waitAndResponse(variants));
		if (variants.isEmpty()) {
			charts.add(new LineChart("Queue length over time", "Simulated time (s)", "Waiting requests"));
		}
		for (VariantResult v : variants) {
			charts.add(queueLength(v));
		}
		charts.add(utilisation(variants));
		charts.add(losses(variants));
		charts.addAll(SweepCharts.all(variants));
		return charts;
	}

	static SvgChart responseCdf(List<VariantResult> variants) {
		LineChart chart = new LineChart("Response-time CDF", "Response time (s)", "P(response ≤ x)");
		chart.yRange(0, 1);
		for (VariantResult v : variants) {
			chart.addSeries(v.name(), ResultsJson.nonNull(v.responseCdf()).stream()
					.map(p -> new LineChart.Point(p.valueS(), p.probability()))
					.toList());
		}
		return chart.emptyMessage("no data: no request completed");
	}

	static SvgChart waitAndResponse(List<VariantResult> variants) {
		List<String> names = variants.stream().map(VariantResult::name).toList();
		BarChart chart = new BarChart("Mean waiting and response time (95 % CI)", "Variant", "Seconds", names);
		chart.addSeries(MetricKey.MEAN_WAIT.label(),
				variants.stream().map(v -> MetricKey.valueOf(v, MetricKey.MEAN_WAIT.key())).toList());
		chart.addSeries(MetricKey.MEAN_RESPONSE.label(),
				variants.stream().map(v -> MetricKey.valueOf(v, MetricKey.MEAN_RESPONSE.key())).toList());
		return chart;
	}

	static SvgChart queueLength(VariantResult variant) {
		LineChart chart = new LineChart("Queue length over time: " + variant.name(), "Simulated time (s)",
				"Waiting requests");
		for (NodeResult node : ResultsJson.nonNull(variant.nodes())) {
			chart.addSeries(node.name(), ResultsJson.nonNull(node.queueLengthSeries()).stream()
					.map(p -> new LineChart.Point(p.timeS(), p.value()))
					.toList());
		}
		return chart;
	}

	static SvgChart utilisation(List<VariantResult> variants) {
		List<String> nodes = HtmlReport.nodeNames(variants);
		BarChart chart = new BarChart("Utilisation per node (95 % CI)", "Node", "Busy share of slots", nodes);
		chart.yAtLeast(1);
		for (VariantResult v : variants) {
			List<MetricValue> values = new ArrayList<>();
			for (String node : nodes) {
				values.add(ResultsJson.nonNull(v.nodes()).stream()
						.filter(n -> n.name().equals(node) && n.utilization() != null)
						.map(NodeResult::utilization)
						.findFirst()
						.orElse(MetricValue.undefined("no such node in this variant")));
			}
			chart.addSeries(v.name(), values);
		}
		return chart;
	}

	static SvgChart losses(List<VariantResult> variants) {
		List<String> names = variants.stream().map(VariantResult::name).toList();
		StackedBarChart chart = new StackedBarChart("Lost requests by cause", "Variant", "Lost requests", names);
		for (String cause : LossCauses.reported(variants)) {
			chart.addPart(cause, variants.stream().map(v -> (double) LossCauses.count(v, cause)).toList());
		}
		return chart.emptyMessage(variants.isEmpty() ? "no data" : "no request was lost");
	}
}
