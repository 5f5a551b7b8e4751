package org.aiaas.cli.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.aiaas.sim.api.CellResult;
import org.aiaas.sim.api.LinkResult;
import org.aiaas.sim.api.TrainingJobResult;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.aiaas.sim.report.PredictorLines;

/** The summary a run prints: one row per variant, mean ± 95 % half-width, aligned columns. */
public final class SummaryTable {

	private static final String[][] COLUMNS = { { "meanWaitS", "wait s" }, { "meanResponseS", "response s" },
			{ "p95ResponseS", "p95 s" }, { "p99ResponseS", "p99 s" }, { "lossRate", "loss" },
			{ "throughputPerS", "throughput /s" } };

	private SummaryTable() {
	}

	public static void print(SimulationResult result, PrintStream out) {
		out.println(String.format(Locale.ROOT, "%s: %d replication%s of %s s (warm-up %s s), seed %d", result.scenario(),
				result.replications(), result.replications() == 1 ? "" : "s", number(result.durationS()),
				number(result.warmupS()), result.seed()));
		List<String[]> rows = new ArrayList<>();
		String[] header = new String[COLUMNS.length + 2];
		header[0] = "variant";
		for (int c = 0; c < COLUMNS.length; c++) {
			header[c + 1] = COLUMNS[c][1];
		}
		header[COLUMNS.length + 1] = "utilisation";
		rows.add(header);
		for (VariantResult variant : result.variants()) {
			String[] row = new String[COLUMNS.length + 2];
			row[0] = variant.name();
			for (int c = 0; c < COLUMNS.length; c++) {
				row[c + 1] = cell(variant.metrics().get(COLUMNS[c][0]));
			}
			row[COLUMNS.length + 1] = utilisation(variant.nodes());
			rows.add(row);
		}
		printAligned(rows, out);
		PredictorLines.of(result).forEach(out::println);
		for (VariantResult variant : result.variants()) {
			printLlm(variant, out);
		}
		for (VariantResult variant : result.variants()) {
			printEnergyAndCost(variant, out);
		}
		if (!result.variants().isEmpty()) {
			result.variants().get(0).cells().forEach(cell -> printCell(cell, out));
		}
		for (VariantResult variant : result.variants()) {
			variant.links().forEach(link -> printLink(variant, link, out));
		}
		for (VariantResult variant : result.variants()) {
			variant.trainingJobs().forEach(job -> printTrainingJob(variant, job, out));
		}
		printWarnings(result.variants(), out);
	}

	/** Warnings every variant shares (e.g. about the scenario's nodes) once, the others per variant. */
	private static void printWarnings(List<VariantResult> variants, PrintStream out) {
		Set<String> shared = new LinkedHashSet<>();
		if (variants.size() > 1) {
			shared.addAll(variants.get(0).warnings());
			variants.forEach(v -> shared.retainAll(v.warnings()));
		}
		shared.forEach(w -> out.println("warning: every variant: " + w));
		for (VariantResult variant : variants) {
			variant.warnings().stream().filter(w -> !shared.contains(w))
					.forEach(w -> out.println("warning: " + variant.name() + ": " + w));
		}
	}

	/** Time to first token, time between tokens and end to end, for variants with LLM workloads. */
	private static void printLlm(VariantResult variant, PrintStream out) {
		if (!variant.metrics().containsKey("meanTtftS")) {
			return;
		}
		var m = variant.metrics();
		out.println(variant.name() + ": LLM time to first token " + cell(m.get("meanTtftS")) + " s (p50 "
				+ mean(m.get("p50TtftS")) + ", p95 " + mean(m.get("p95TtftS")) + ", p99 " + mean(m.get("p99TtftS"))
				+ "); between tokens " + cell(m.get("meanTbtS")) + " s (p50 " + mean(m.get("p50TbtS")) + ", p95 "
				+ mean(m.get("p95TbtS")) + "); end to end " + cell(m.get("meanLlmEndToEndS")) + " s (p95 "
				+ mean(m.get("p95LlmEndToEndS")) + "); preemptions " + mean(m.get("llmPreemptionsPerS")) + " /s");
	}

	private static void printEnergyAndCost(VariantResult variant, PrintStream out) {
		MetricValue energy = variant.metrics().get("energyJ");
		MetricValue cost = variant.metrics().get("costUsd");
		if ((energy == null || !energy.isDefined() || energy.mean() == 0) && (cost == null || !cost.isDefined()
				|| cost.mean() == 0)) {
			return;
		}
		MetricValue energyPerToken = variant.metrics().get("energyPerTokenJ");
		MetricValue costPerToken = variant.metrics().get("costPerTokenUsd");
		out.println(variant.name() + ": energy " + cell(energy) + " J (" + cell(variant.metrics().get("energyPerRequestJ"))
				+ " J per request" + (energyPerToken == null ? "" : ", " + cell(energyPerToken) + " J per output token")
				+ "), cost $" + cell(cost) + " ($" + cell(variant.metrics().get("costPerRequestUsd")) + " per request"
				+ (costPerToken == null ? "" : ", $" + cell(costPerToken) + " per output token") + ")");
	}

	/** One line per cell (from the first variant: the radio sees the same traffic in every variant). */
	private static void printCell(CellResult cell, PrintStream out) {
		out.println(String.format(Locale.ROOT,
				"cell %s: peak DL %s / UL %s Mbit/s; devices alone DL %s / UL %s Mbit/s; radio busy DL %s / UL %s;"
						+ " uplink %s s, downlink %s s; outage %s",
				cell.name(), number(cell.peakDlMbps()), number(cell.peakUlMbps()), mean(cell.meanDlRateMbps()),
				mean(cell.meanUlRateMbps()), percent(cell.downlinkUtilization()), percent(cell.uplinkUtilization()),
				mean(cell.meanUplinkS()), mean(cell.meanDownlinkS()), percent(cell.outageShare())));
	}

	/** One line per link and variant that used it: placement decides which links carry what. */
	private static void printLink(VariantResult variant, LinkResult link, PrintStream out) {
		if (link.transfers() == 0) {
			return;
		}
		out.println(String.format(Locale.ROOT,
				"link %s (%s): %s Mbit/s, %s s; carried %s B/s, utilisation %s, transfer %s s, lost %d of %d (%s)",
				link.name(), variant.name(), number(link.bandwidthMbps()), number(link.latencyS()),
				mean(link.carriedBytesPerS()), share(link.utilization()), mean(link.meanTransferS()), link.lost(),
				link.transfers(), share(link.lossRate())));
	}

	/** One line per training job and variant. */
	private static void printTrainingJob(VariantResult variant, TrainingJobResult job, PrintStream out) {
		out.println(String.format(Locale.ROOT,
				"training %s (%s): %s FLOP on %d accelerators (%s), %d steps of %s s = %s h, %s accelerator-hours;"
						+ " starts %s s, completes %s s (within the run in %d replication%s)",
				job.name(), variant.name(), number(job.flops()), job.accelerators(), String.join(", ", job.nodes()),
				job.steps(), number(job.stepS()), number(job.runS() / 3600), number(job.acceleratorHours()),
				cell(job.startS()), cell(job.completionS()), job.finishedReplications(),
				job.finishedReplications() == 1 ? "" : "s"));
	}

	private static String mean(MetricValue value) {
		return value == null || !value.isDefined() ? "—" : number(value.mean());
	}

	/** A share in per cent with four significant digits: small link loads and loss rates stay visible. */
	private static String share(MetricValue value) {
		return value == null || !value.isDefined() ? "—" : number(100 * value.mean()) + " %";
	}

	private static String percent(MetricValue value) {
		return value == null || !value.isDefined() ? "—" : String.format(Locale.ROOT, "%.0f %%", 100 * value.mean());
	}

	private static String utilisation(List<NodeResult> nodes) {
		List<String> parts = new ArrayList<>();
		for (NodeResult node : nodes) {
			parts.add(node.name() + " " + (node.utilization().isDefined()
					? String.format(Locale.ROOT, "%.0f %%", 100 * node.utilization().mean()) : "—"));
		}
		return String.join(", ", parts);
	}

	static String cell(MetricValue value) {
		if (value == null || !value.isDefined()) {
			return "—";
		}
		String mean = number(value.mean());
		return value.ci95() == null ? mean : mean + " ± " + number(value.ci95());
	}

	/** Four significant digits, no exponent for everyday magnitudes. */
	static String number(double value) {
		if (value == 0) {
			return "0";
		}
		double magnitude = Math.abs(value);
		if (magnitude >= 1e-3 && magnitude < 1e7) {
			String text = new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
					.toPlainString();
			return text;
		}
		return String.format(Locale.ROOT, "%.3e", value);
	}

	private static void printAligned(List<String[]> rows, PrintStream out) {
		int columns = rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int c = 0; c < columns; c++) {
				widths[c] = Math.max(widths[c], row[c].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int c = 0; c < columns; c++) {
				line.append(c == 0 ? String.format("%-" + widths[c] + "s", row[c])
						: "  " + String.format("%" + widths[c] + "s", row[c]));
			}
			out.println(line.toString().stripTrailing());
		}
	}
}
