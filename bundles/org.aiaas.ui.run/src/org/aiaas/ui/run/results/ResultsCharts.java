package org.aiaas.ui.run.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.aiaas.sim.api.CellResult;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.aiaas.sim.report.LossCauses;
import org.aiaas.sim.report.MetricKey;

/**
 * The charts of the results editor, for whatever a results file holds: response-time CDF per
 * variant, mean waiting and response time per variant (95 % CI), utilisation per node, queue
 * length over time (one chart per variant), lost requests by cause, and for scenarios with 5G
 * cells the rates and link utilisation per cell. A chart with nothing to show is left out.
 */
public final class ResultsCharts {

	private ResultsCharts() {
	}

	public static List<ChartData> of(SimulationResult result) {
		List<VariantResult> variants = result.variants();
		List<ChartData> charts = new ArrayList<>();
		responseCdf(variants).ifPresent(charts::add);
		waitAndResponse(variants).ifPresent(charts::add);
		utilisation(variants).ifPresent(charts::add);
		for (VariantResult v : variants) {
			queueLength(v).ifPresent(charts::add);
		}
		losses(variants).ifPresent(charts::add);
		cellRates(variants).ifPresent(charts::add);
		cellUtilisation(variants).ifPresent(charts::add);
		return charts;
	}

	static Optional<ChartData> responseCdf(List<VariantResult> variants) {
		List<ChartData.Series> series = new ArrayList<>();
		for (VariantResult v : variants) {
			List<VariantResult.CdfPoint> cdf = v.responseCdf();
			if (!cdf.isEmpty()) {
				series.add(new ChartData.Series(v.name(), cdf.stream().mapToDouble(VariantResult.CdfPoint::valueS).toArray(),
						cdf.stream().mapToDouble(VariantResult.CdfPoint::probability).toArray()));
			}
		}
		return series.isEmpty() ? Optional.empty()
				: Optional.of(new ChartData.Lines("Response-time CDF", "Response time (s)",
						"P(response ≤ x)", series, 1));
	}

	static Optional<ChartData> waitAndResponse(List<VariantResult> variants) {
		List<ChartData.BarSeries> series = List.of(
				new ChartData.BarSeries(MetricKey.MEAN_WAIT.label(),
						variants.stream().map(v -> MetricKey.valueOf(v, MetricKey.MEAN_WAIT.key())).toList()),
				new ChartData.BarSeries(MetricKey.MEAN_RESPONSE.label(),
						variants.stream().map(v -> MetricKey.valueOf(v, MetricKey.MEAN_RESPONSE.key())).toList()));
		return bars("Mean waiting and response time (95 % CI)", "Variant", "Seconds", names(variants), series);
	}

	static Optional<ChartData> utilisation(List<VariantResult> variants) {
		List<String> nodes = nodeNames(variants);
		List<ChartData.BarSeries> series = new ArrayList<>();
		for (VariantResult v : variants) {
			List<MetricValue> values = new ArrayList<>();
			for (String node : nodes) {
				values.add(v.nodes().stream().filter(n -> n.name().equals(node)).map(NodeResult::utilization)
						.findFirst().orElse(MetricValue.undefined("no such node in this variant")));
			}
			series.add(new ChartData.BarSeries(v.name(), values));
		}
		return bars("Utilisation per node (95 % CI)", "Node", "Busy share of slots", nodes, series);
	}

	static Optional<ChartData> queueLength(VariantResult variant) {
		List<ChartData.Series> series = new ArrayList<>();
		for (NodeResult node : variant.nodes()) {
			List<NodeResult.TimePoint> points = node.queueLengthSeries();
			if (!points.isEmpty()) {
				series.add(new ChartData.Series(node.name(),
						points.stream().mapToDouble(NodeResult.TimePoint::timeS).toArray(),
						points.stream().mapToDouble(NodeResult.TimePoint::value).toArray()));
			}
		}
		return series.isEmpty() ? Optional.empty()
				: Optional.of(new ChartData.Lines("Queue length over time: " + variant.name(),
						"Simulated time (s)", "Waiting requests", series, Double.NaN));
	}

	static Optional<ChartData> losses(List<VariantResult> variants) {
		if (variants.stream().allMatch(v -> v.lost() == 0)) {
			return Optional.empty();
		}
		List<ChartData.Part> parts = new ArrayList<>();
		for (String cause : LossCauses.reported(variants)) {
			double[] counts = variants.stream().mapToDouble(v -> LossCauses.count(v, cause)).toArray();
			parts.add(new ChartData.Part(cause, counts));
		}
		return Optional.of(new ChartData.StackedBars("Lost requests by cause", "Variant", "Lost requests",
				names(variants), parts));
	}

	/** Peak rates of each cell (the first variant's; they do not depend on the policy) and measured mean rates. */
	static Optional<ChartData> cellRates(List<VariantResult> variants) {
		List<String> cells = cellNames(variants);
		if (cells.isEmpty()) {
			return Optional.empty();
		}
		List<CellResult> first = variants.get(0).cells();
		List<ChartData.BarSeries> series = new ArrayList<>();
		series.add(new ChartData.BarSeries("peak DL", cells.stream()
				.map(c -> cell(first, c).map(r -> new MetricValue(r.peakDlMbps(), null, null))
						.orElse(MetricValue.undefined("no such cell")))
				.toList()));
		series.add(new ChartData.BarSeries("peak UL", cells.stream()
				.map(c -> cell(first, c).map(r -> new MetricValue(r.peakUlMbps(), null, null))
						.orElse(MetricValue.undefined("no such cell")))
				.toList()));
		for (VariantResult v : variants) {
			series.add(new ChartData.BarSeries(v.name() + " mean DL", cells.stream()
					.map(c -> cell(v.cells(), c).map(CellResult::meanDlRateMbps)
							.orElse(MetricValue.undefined("no such cell")))
					.toList()));
		}
		return bars("Cell rates (peak and mean per device)", "Cell", "Mbit/s", cells, series);
	}

	static Optional<ChartData> cellUtilisation(List<VariantResult> variants) {
		List<String> cells = cellNames(variants);
		if (cells.isEmpty()) {
			return Optional.empty();
		}
		List<ChartData.BarSeries> series = new ArrayList<>();
		for (VariantResult v : variants) {
			series.add(new ChartData.BarSeries(v.name() + " DL", cells.stream()
					.map(c -> cell(v.cells(), c).map(CellResult::downlinkUtilization)
							.orElse(MetricValue.undefined("no such cell")))
					.toList()));
			series.add(new ChartData.BarSeries(v.name() + " UL", cells.stream()
					.map(c -> cell(v.cells(), c).map(CellResult::uplinkUtilization)
							.orElse(MetricValue.undefined("no such cell")))
					.toList()));
		}
		return bars("Cell link utilisation (95 % CI)", "Cell", "Share of time busy", cells, series);
	}

	private static Optional<ChartData> bars(String title, String x, String y, List<String> categories,
			List<ChartData.BarSeries> series) {
		boolean any = series.stream().flatMap(s -> s.values().stream()).anyMatch(MetricValue::isDefined);
		return categories.isEmpty() || !any ? Optional.empty()
				: Optional.of(new ChartData.Bars(title, x, y, categories, series));
	}

	private static Optional<CellResult> cell(List<CellResult> cells, String name) {
		return cells.stream().filter(c -> c.name().equals(name)).findFirst();
	}

	private static List<String> names(List<VariantResult> variants) {
		return variants.stream().map(VariantResult::name).toList();
	}

	private static List<String> nodeNames(List<VariantResult> variants) {
		Set<String> names = new LinkedHashSet<>();
		variants.forEach(v -> v.nodes().forEach(n -> names.add(n.name())));
		return List.copyOf(names);
	}

	private static List<String> cellNames(List<VariantResult> variants) {
		Set<String> names = new LinkedHashSet<>();
		variants.forEach(v -> v.cells().forEach(c -> names.add(c.name())));
		return List.copyOf(names);
	}
}
