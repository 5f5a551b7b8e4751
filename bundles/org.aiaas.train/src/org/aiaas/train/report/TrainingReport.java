package org.aiaas.train.report;

import java.util.List;
import java.util.Locale;

import org.aiaas.sim.report.Html;
import org.aiaas.sim.report.Numbers;
import org.aiaas.sim.report.SvgChart;
import org.aiaas.train.federated.Aggregation;
import org.aiaas.train.federated.FederatedPlan;

/**
 * report.html of {@code aiaas train}: one self-contained page (inline CSS and SVG, no scripts or
 * links), in the style of the simulation report: per job a table of its figures and the charts
 * of {@link TrainingCharts}; for federated jobs also the round time at each aggregating node and
 * where the slowest participant spent it. All text from the scenario is escaped.
 */
public final class TrainingReport {

	private static final String STYLE = """
			body{font-family:system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
			h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}
			table{border-collapse:collapse;margin:.5em 0 1.5em}
			th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
			svg.chart{display:block;margin:1em 0;max-width:100%;height:auto}
			""";

	private TrainingReport() {
	}

	public static String toHtml(String scenario, long seed, List<JobOutcome> jobs) {
		StringBuilder html = new StringBuilder(32_768);
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
				.append(Html.escape("Training report: " + scenario)).append("</title>\n<style>\n").append(STYLE)
				.append("</style>\n</head>\n<body>\n<h1>").append(Html.escape("Training report: " + scenario))
				.append("</h1>\n<p>Seed ").append(seed).append(". Trained for real with ND4J; federated round times are simulated.</p>\n");
		for (JobOutcome job : jobs) {
			html.append("<h2>").append(Html.escape(job.name())).append("</h2>\n<table>\n<tr><th>Figure</th><th>Value</th></tr>\n");
			row(html, "Kind", job.isFederated() ? "federated (FedAvg)" : "centralised");
			row(html, "Network", job.network());
			row(html, "Samples (train / validation / test)",
					job.trainSamples() + " / " + job.validationSamples() + " / " + job.testSamples());
			if (job.isFederated()) {
				FederatedPlan plan = job.federatedPlan();
				row(html, "Rounds × local epochs", plan.rounds() + " × " + plan.localEpochs());
				row(html, "Participants, shards", plan.clients().size() + ", " + plan.shards());
				row(html, "Model bytes each way", Numbers.format(plan.modelBytes()) + " B");
			} else {
				row(html, "Epochs run, kept", job.history().epochs().size() + ", " + job.history().bestEpoch());
				row(html, "Stopped", job.history().stopReason());
			}
			row(html, "Test loss", Numbers.format(job.testLoss()));
			row(html, "Test accuracy", Double.isFinite(job.testAccuracy())
					? String.format(Locale.ROOT, "%.1f %%", 100 * job.testAccuracy()) : "— (regression)");
			row(html, "Model file", job.modelFile());
			html.append("</table>\n");
			if (job.isFederated()) {
				aggregations(html, job.federatedPlan().aggregations());
			}
			for (SvgChart chart : TrainingCharts.of(job)) {
				html.append(chart.toSvg()).append('\n');
			}
		}
		html.append("<p><small>Definitions of every figure: docs/results-schema.md (aiaas-training/1).</small></p>\n")
				.append("</body>\n</html>\n");
		return html.toString();
	}

	private static void aggregations(StringBuilder html, List<Aggregation> aggregations) {
		html.append("<table>\n<tr><th>Aggregate at</th><th>Round time</th><th>Slowest participant</th>")
				.append("<th>its download</th><th>its compute</th><th>its upload</th><th>aggregation</th></tr>\n");
		for (Aggregation a : aggregations) {
			html.append("<tr><td>").append(Html.escape(a.node() + " (" + a.kind() + ")")).append("</td>");
			cell(html, a.timing().seconds(), 1e3, " ms");
			html.append("<td>").append(Html.escape(a.timing().slowest())).append("</td>");
			cell(html, a.timing().downloadS(), 1e3, " ms");
			cell(html, a.timing().computeS(), 1e6, " µs");
			cell(html, a.timing().uploadS(), 1e3, " ms");
			cell(html, a.timing().aggregationS(), 1e6, " µs");
			html.append("</tr>\n");
		}
		html.append("</table>\n");
	}

	private static void cell(StringBuilder html, double seconds, double scale, String unit) {
		html.append("<td class=\"num\">").append(Html.escape(Numbers.format(seconds * scale) + unit)).append("</td>");
	}

	private static void row(StringBuilder html, String name, String value) {
		html.append("<tr><td>").append(Html.escape(name)).append("</td><td>").append(Html.escape(value))
				.append("</td></tr>\n");
	}
}
