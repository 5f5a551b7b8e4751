package org.aiaas.sim.report;

import java.util.List;
import java.util.Objects;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;

/**
 * results.csv: one row per variant and metric, {@code variant,metric,mean,ci95,reason}, for
 * spreadsheets. RFC 4180: CRLF line ends, fields quoted when they contain a comma, quote, CR or
 * LF, quotes doubled. Counts come first ({@code offered}, {@code completed}, {@code lost}, then
 * {@code lost:<cause>}), then the metrics in results.json order, then {@code utilization:<node>}.
 * An undefined value is an empty field with the reason in the last column.
 */
public final class ResultsCsv {

	/** The header row's fields. */
	public static final List<String> HEADER = List.of("variant", "metric", "mean", "ci95", "reason");

	private static final String CRLF = "\r\n";

	private ResultsCsv() {
	}

	public static String toCsv(SimulationResult result) {
		Objects.requireNonNull(result, "the simulation result");
		StringBuilder sb = new StringBuilder(2048);
		sb.append(String.join(",", HEADER)).append(CRLF);
		List<VariantResult> variants = ResultsJson.nonNull(result.variants());
		List<String> causes = LossCauses.reported(variants);
		for (VariantResult v : variants) {
			count(sb, v, "offered", v.offered());
			count(sb, v, "completed", v.completed());
			count(sb, v, "lost", v.lost());
			for (String cause : causes) {
				count(sb, v, "lost:" + cause, LossCauses.count(v, cause));
			}
			for (String key : MetricKey.reportedKeys(v)) {
				metric(sb, v, key, MetricKey.valueOf(v, key));
			}
			for (NodeResult node : ResultsJson.nonNull(v.nodes())) {
				MetricValue u = node.utilization() != null ? node.utilization()
						: MetricValue.undefined(MetricKey.NOT_COMPUTED);
				metric(sb, v, "utilization:" + node.name(), u);
			}
		}
		return sb.toString();
	}

	/**
	 * One RFC 4180 field: as it is, or in double quotes with inner quotes doubled when it contains
	 * a comma, a quote, CR or LF. Null is the empty field.
	 */
	public static String field(String text) {
		if (text == null) {
			return "";
		}
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	private static void count(StringBuilder sb, VariantResult v, String metric, long n) {
		row(sb, v.name(), metric, Long.toString(n), null, null);
	}

	private static void metric(StringBuilder sb, VariantResult v, String metric, MetricValue value) {
		row(sb, v.name(), metric, number(value.mean()), number(value.ci95()), ResultsJson.reason(value));
	}

	private static String number(Double value) {
		return value == null ? null : JsonWriter.number(value);
	}

	private static void row(StringBuilder sb, String... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				sb.append(',');
			}
			sb.append(field(fields[i]));
		}
		sb.append(CRLF);
	}
}
