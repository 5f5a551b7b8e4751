package org.aiaas.ui.run.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.aiaas.sim.report.MetricKey;
import org.aiaas.sim.report.Numbers;

/**
 * The summary table of a run as text: one row per variant, the counts, then every metric as
 * "mean ± half-width unit" (95 % confidence interval), "—" with the reason as tooltip when
 * undefined. A metric column that no variant computed ({@link MetricKey#NOT_COMPUTED}) is left out.
 */
public final class SummaryModel {

	/** One cell: the text shown and, for undefined values, why. */
	public record Cell(String text, String tooltip) {
	}

	/** One variant's row. */
	public record Row(String variant, List<Cell> cells) {
	}

	private final List<String> metricKeys;
	private final List<String> columns;
	private final List<Row> rows;

	private SummaryModel(List<String> metricKeys, List<String> columns, List<Row> rows) {
		this.metricKeys = metricKeys;
		this.columns = columns;
		this.rows = rows;
	}

	public static SummaryModel of(SimulationResult result) {
		List<VariantResult> variants = result.variants();
		Set<String> keys = new LinkedHashSet<>();
		for (VariantResult v : variants) {
			for (String key : MetricKey.reportedKeys(v)) {
				if (!MetricKey.NOT_COMPUTED.equals(MetricKey.valueOf(v, key).reason())) {
					keys.add(key);
				}
			}
		}
		List<String> metricKeys = List.copyOf(keys);
		List<String> columns = new ArrayList<>(List.of("Variant", "Offered", "Completed", "Lost"));
		metricKeys.forEach(key -> columns.add(label(key)));
		List<Row> rows = new ArrayList<>();
		for (VariantResult v : variants) {
			List<Cell> cells = new ArrayList<>();
			cells.add(new Cell(v.name(), null));
			cells.add(new Cell(Long.toString(v.offered()), null));
			cells.add(new Cell(Long.toString(v.completed()), null));
			cells.add(new Cell(Long.toString(v.lost()), null));
			for (String key : metricKeys) {
				cells.add(cell(MetricKey.valueOf(v, key))); // the unit is in the heading
			}
			rows.add(new Row(v.name(), List.copyOf(cells)));
		}
		return new SummaryModel(metricKeys, List.copyOf(columns), List.copyOf(rows));
	}

	/** The column headings: Variant, Offered, Completed, Lost, then the metrics shown. */
	public List<String> columns() {
		return columns;
	}

	/** The metric keys behind the columns after the four fixed ones. */
	public List<String> metricKeys() {
		return metricKeys;
	}

	public List<Row> rows() {
		return rows;
	}

	/** "Mean waiting time (s)" for known keys, the key itself for others. */
	public static String label(String key) {
		return MetricKey.of(key).map(k -> k.unit().isEmpty() ? k.label() : k.label() + " (" + k.unit() + ")")
				.orElse(key);
	}

	/** "0.4012 ± 0.0131"; "—" with the reason as tooltip when undefined. */
	public static Cell cell(MetricValue value) {
		String text = Numbers.meanAndCi(value, "");
		String tooltip = value.isDefined() && value.ci95() != null ? null : value.reason();
		return new Cell(text, tooltip);
	}
}
