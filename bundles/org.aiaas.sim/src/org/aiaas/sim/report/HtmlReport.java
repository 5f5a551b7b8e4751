package org.aiaas.sim.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.aiaas.sim.api.CellResult;
import org.aiaas.sim.api.LinkResult;
import org.aiaas.sim.api.TrainingJobResult;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;

/**
 * report.html: one self-contained page (inline CSS and SVG, no scripts, no links to anything) that
 * opens offline and can be mailed as it is. It shows the run, a summary table and the warnings
 * of every variant, and the charts of {@link ReportCharts}. All text from the scenario is
 * escaped.
 */
public final class HtmlReport {

	private static final String STYLE = """
			body{font-family:system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
			h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}
			dl.run{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.run dt{font-weight:bold}
			table{border-collapse:collapse;margin:.5em 0 1.5em}
			th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
			.undef{color:#888;cursor:help;border-bottom:1px dotted #888}
			.warn{color:#8a4b00}svg.chart{display:block;margin:1em 0;max-width:100%;height:auto}
			""";

	private HtmlReport() {
	}

	public static String toHtml(SimulationResult result) {
		Objects.requireNonNull(result, "the simulation result");
		List<VariantResult> variants = ResultsJson.nonNull(result.variants());
		StringBuilder html = new StringBuilder(32_768);
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
				.append(Html.escape("Simulation report: " + result.scenario())).append("</title>\n<style>\n")
				.append(STYLE).append("</style>\n</head>\n<body>\n");
		header(html, result);
		html.append("<h2>Summary</h2>\n");
		for (String line : PredictorLines.of(result)) {
			html.append("<p>").append(Html.escape(line)).append("</p>\n");
		}
		if (variants.isEmpty()) {
			html.append("<p>The run produced no variants.</p>\n");
		}
		for (VariantResult v : variants) {
			summary(html, v);
		}
		if (!variants.isEmpty() && !ResultsJson.nonNull(variants.get(0).cells()).isEmpty()) {
			html.append("<h2>Cells</h2>\n<p>The radio sees the same traffic in every variant; figures of ")
					.append(Html.escape(variants.get(0).name())).append(".</p>\n");
			cells(html, variants.get(0).cells());
		}
		links(html, variants);
		trainingJobs(html, variants);
		html.append("<h2>Warnings</h2>\n");
		warnings(html, variants);
		html.append("<h2>Charts</h2>\n");
		for (SvgChart chart : ReportCharts.all(variants)) {
			html.append(chart.toSvg()).append('\n');
		}
		html.append("<p><small>Definitions of every figure: docs/results-schema.md. ")
				.append("Intervals are 95 % Student-t confidence intervals over independent replications.")
				.append("</small></p>\n</body>\n</html>\n");
		return html.toString();
	}

	private static void header(StringBuilder html, SimulationResult r) {
		html.append("<header>\n<h1>").append(Html.escape("Simulation report: " + r.scenario())).append("</h1>\n")
				.append("<dl class=\"run\">");
		term(html, "Scenario", r.scenario());
		term(html, "Seed", Long.toString(r.seed()));
		term(html, "Replications", Integer.toString(r.replications()));
		term(html, "Simulated time", Numbers.format(r.durationS()) + " s per replication");
		term(html, "Warm-up", Numbers.format(r.warmupS()) + " s, cut from every statistic");
		html.append("</dl>\n</header>\n");
	}

	private static void term(StringBuilder html, String name, String value) {
		html.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
	}

	private static void summary(StringBuilder html, VariantResult v) {
		html.append("<h3>").append(Html.escape(v.name())).append("</h3>\n<table>\n")
				.append("<tr><th>Figure</th><th>Value</th></tr>\n");
		countRow(html, "Offered requests", v.offered());
		countRow(html, "Completed requests", v.completed());
		countRow(html, "Lost requests", v.lost());
		for (String cause : LossCauses.reported(List.of(v))) {
			long n = LossCauses.count(v, cause);
			if (n > 0) {
				countRow(html, "Lost: " + cause, n);
			}
		}
		for (String key : MetricKey.reportedKeys(v)) {
			MetricKey known = MetricKey.of(key).orElse(null);
			String label = known != null ? known.label() : key;
			String unit = known != null ? known.unit() : "";
			metricRow(html, label, MetricKey.valueOf(v, key), unit);
		}
		for (NodeResult node : ResultsJson.nonNull(v.nodes())) {
			MetricValue u = node.utilization() != null ? node.utilization()
					: MetricValue.undefined(MetricKey.NOT_COMPUTED);
			metricRow(html, "Utilisation of " + node.name(), u, "");
		}
		html.append("</table>\n");
	}

	/** One table per cell: peak rates (TS 38.306), device rates, radio utilisation, transfer times, outage. */
	private static void cells(StringBuilder html, List<CellResult> cells) {
		for (CellResult cell : cells) {
			html.append("<h3>Cell ").append(Html.escape(cell.name())).append("</h3>\n<table>\n")
					.append("<tr><th>Figure</th><th>Value</th></tr>\n");
			metricRow(html, "Peak downlink rate", new MetricValue(cell.peakDlMbps(), null, "a configuration figure"),
					"Mbit/s");
			metricRow(html, "Peak uplink rate", new MetricValue(cell.peakUlMbps(), null, "a configuration figure"),
					"Mbit/s");
			metricRow(html, "Mean downlink rate of a device alone", cell.meanDlRateMbps(), "Mbit/s");
			metricRow(html, "Mean uplink rate of a device alone", cell.meanUlRateMbps(), "Mbit/s");
			metricRow(html, "Downlink busy share", cell.downlinkUtilization(), "");
			metricRow(html, "Uplink busy share", cell.uplinkUtilization(), "");
			metricRow(html, "Mean uplink time", cell.meanUplinkS(), "s");
			metricRow(html, "Mean downlink time", cell.meanDownlinkS(), "s");
			metricRow(html, "Outage share", cell.outageShare(), "");
			html.append("</table>\n");
		}
	}

	/** One table per variant that crossed links: a row per link. */
	private static void links(StringBuilder html, List<VariantResult> variants) {
		if (variants.stream().allMatch(v -> ResultsJson.nonNull(v.links()).isEmpty())) {
			return;
		}
		html.append("<h2>Links</h2>\n<p>Utilisation = offered bits per second / bandwidth; a transfer takes the")
				.append(" link's latency plus its size over the bandwidth (links are not congested).</p>\n");
		for (VariantResult v : variants) {
			if (ResultsJson.nonNull(v.links()).isEmpty()) {
				continue;
			}
			html.append("<h3>").append(Html.escape(v.name())).append("</h3>\n<table>\n<tr><th>Link</th>")
					.append("<th>Bandwidth</th><th>Latency</th><th>Carried</th><th>Utilisation</th>")
					.append("<th>Mean transfer</th><th>Loss rate</th><th>Lost / transfers</th></tr>\n");
			for (LinkResult link : v.links()) {
				html.append("<tr><td>").append(Html.escape(link.name())).append("</td><td class=\"num\">")
						.append(Html.escape(Numbers.format(link.bandwidthMbps()) + " Mbit/s"))
						.append("</td><td class=\"num\">").append(Html.escape(Numbers.format(link.latencyS()) + " s"))
						.append("</td>");
				linkCell(html, link.carriedBytesPerS(), "B/s");
				linkCell(html, link.utilization(), "");
				linkCell(html, link.meanTransferS(), "s");
				linkCell(html, link.lossRate(), "");
				html.append("<td class=\"num\">").append(link.lost()).append(" / ").append(link.transfers())
						.append("</td></tr>\n");
			}
			html.append("</table>\n");
		}
	}

	/** One table per training job (from the first variant: its size does not depend on the policy). */
	private static void trainingJobs(StringBuilder html, List<VariantResult> variants) {
		if (variants.isEmpty() || ResultsJson.nonNull(variants.get(0).trainingJobs()).isEmpty()) {
			return;
		}
		html.append("<h2>Training jobs</h2>\n<p>6 × parameters × tokens, data-parallel with a ring all-reduce per")
				.append(" step; the job holds its accelerators from when it has them all until it ends. Start and")
				.append(" completion per variant.</p>\n");
		for (TrainingJobResult job : variants.get(0).trainingJobs()) {
			html.append("<h3>Training ").append(Html.escape(job.name())).append("</h3>\n<table>\n")
					.append("<tr><th>Figure</th><th>Value</th></tr>\n");
			textRow(html, "Nodes", String.join(", ", job.nodes()) + " (" + job.accelerators() + " accelerators)");
			textRow(html, "Compute", Numbers.format(job.flops()) + " FLOP");
			textRow(html, "Steps", job.steps() + " of " + Numbers.format(job.stepS()) + " s");
			textRow(html, "Run time once started", Numbers.format(job.runS()) + " s");
			textRow(html, "Accelerator-hours", Numbers.format(job.acceleratorHours()));
			for (VariantResult v : variants) {
				ResultsJson.nonNull(v.trainingJobs()).stream().filter(j -> j.name().equals(job.name())).findFirst()
						.ifPresent(j -> {
							metricRow(html, "Start (" + v.name() + ")", j.startS(), "s");
							metricRow(html, "Completion (" + v.name() + ", finished in " + j.finishedReplications()
									+ " replications)", j.completionS(), "s");
						});
			}
			html.append("</table>\n");
		}
	}

	private static void textRow(StringBuilder html, String label, String value) {
		html.append("<tr><td>").append(Html.escape(label)).append("</td><td class=\"num\">").append(Html.escape(value))
				.append("</td></tr>\n");
	}

	private static void linkCell(StringBuilder html, MetricValue v, String unit) {
		html.append("<td class=\"num\">");
		if (!v.isDefined()) {
			undefined(html, ResultsJson.reason(v), "—");
		} else {
			html.append(Html.escape(v.ci95() == null ? Numbers.format(v.mean()) + unitSuffix(unit)
					: Numbers.meanAndCi(v, unit)));
		}
		html.append("</td>");
	}

	private static void countRow(StringBuilder html, String label, long n) {
		html.append("<tr><td>").append(Html.escape(label)).append("</td><td class=\"num\">").append(n)
				.append("</td></tr>\n");
	}

	private static void metricRow(StringBuilder html, String label, MetricValue v, String unit) {
		html.append("<tr><td>").append(Html.escape(label)).append("</td><td class=\"num\">");
		if (!v.isDefined()) {
			undefined(html, ResultsJson.reason(v), "—");
		} else if (v.ci95() == null) {
			html.append(Html.escape(Numbers.format(v.mean()))).append(' ');
			undefined(html, ResultsJson.reason(v), "± —");
			html.append(Html.escape(unitSuffix(unit)));
		} else {
			html.append(Html.escape(Numbers.meanAndCi(v, unit)));
		}
		html.append("</td></tr>\n");
	}

	/** A dash that shows why the value is missing when the pointer rests on it. */
	private static void undefined(StringBuilder html, String reason, String shown) {
		html.append("<span class=\"undef\" title=\"").append(Html.escape(reason)).append("\">").append(shown)
				.append("</span>");
	}

	private static String unitSuffix(String unit) {
		return unit.isEmpty() ? "" : " " + unit;
	}

	private static void warnings(StringBuilder html, List<VariantResult> variants) {
		List<String> items = new ArrayList<>();
		for (VariantResult v : variants) {
			for (String w : ResultsJson.nonNull(v.warnings())) {
				items.add("<li class=\"warn\"><strong>" + Html.escape(v.name()) + ":</strong> " + Html.escape(w) + "</li>");
			}
		}
		if (items.isEmpty()) {
			html.append("<p>None.</p>\n");
			return;
		}
		html.append("<ul>\n");
		items.forEach(item -> html.append(item).append('\n'));
		html.append("</ul>\n");
	}

	/** Node names across variants, in the order they first appear. */
	static List<String> nodeNames(List<VariantResult> variants) {
		Set<String> names = new LinkedHashSet<>();
		for (VariantResult v : variants) {
			ResultsJson.nonNull(v.nodes()).forEach(n -> names.add(n.name()));
		}
		return List.copyOf(names);
	}
}
