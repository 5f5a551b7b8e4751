package org.aiaas.ui.run.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aiaas.sim.api.CellResult;
import org.aiaas.sim.api.LinkResult;
import org.aiaas.sim.api.SweepValue;
import org.aiaas.sim.api.TrainingJobResult;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.PredictorSummary;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.aiaas.sim.report.ResultsJson;

/**
 * Reads results.json (docs/results-schema.md, {@value ResultsJson#SCHEMA}) back into the engine's
 * own result types, so that the results editor, the CSV and HTML exports and the comparison all
 * work on what the engine produced. The inverse of {@link ResultsJson#toJson}: writing what this
 * reads gives the same bytes. Keys added by later versions of the schema are ignored.
 */
public final class ResultsReader {

	private ResultsReader() {
	}

	/**
	 * @throws ResultsFormatException naming the file and what is wrong
	 * @throws IOException            when the file cannot be read
	 */
	public static SimulationResult read(Path file) throws IOException, ResultsFormatException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		try {
			return parse(text);
		} catch (ResultsFormatException e) {
			// JSON errors start with "line:column:", layout errors do not.
			String separator = Character.isDigit(e.getMessage().charAt(0)) ? ":" : ": ";
			throw new ResultsFormatException(file + separator + e.getMessage());
		}
	}

	/** @throws ResultsFormatException saying what is wrong (JSON errors with line:column) */
	public static SimulationResult parse(String json) throws ResultsFormatException {
		Object root = JsonReader.parse(json);
		Fields top = Fields.of(root, "the top level");
		String schema = top.string("schema");
		if (!ResultsJson.SCHEMA.equals(schema)) {
			throw new ResultsFormatException("not a results file of schema " + ResultsJson.SCHEMA + " (schema is '"
					+ schema + "')");
		}
		List<VariantResult> variants = new ArrayList<>();
		for (Object v : top.list("variants")) {
			variants.add(variant(Fields.of(v, "a variant")));
		}
		PredictorSummary predictor = null;
		if (top.has("predictor")) {
			// recoveredGain is derived from the variants when written; only the predictor itself is read
			Fields p = Fields.of(top.get("predictor"), "predictor");
			predictor = new PredictorSummary((int) p.whole("samples"), (int) p.whole("trainSamples"),
					(int) p.whole("heldOutSamples"), p.number("r2"), p.number("r2Log"), p.string("model"));
		}
		return new SimulationResult(top.string("scenario"), top.whole("seed"), (int) top.whole("replications"),
				top.number("durationS"), top.number("warmupS"), List.copyOf(variants), predictor);
	}

	private static VariantResult variant(Fields v) throws ResultsFormatException {
		Map<String, Long> lost = new LinkedHashMap<>();
		Fields causes = Fields.of(v.get("lostByCause"), "lostByCause");
		for (String cause : causes.keys()) {
			lost.put(cause, causes.whole(cause));
		}
		Map<String, MetricValue> metrics = new LinkedHashMap<>();
		Fields m = Fields.of(v.get("metrics"), "metrics");
		for (String key : m.keys()) {
			metrics.put(key, metric(m.get(key), key));
		}
		List<NodeResult> nodes = new ArrayList<>();
		for (Object n : v.list("nodes")) {
			nodes.add(node(Fields.of(n, "a node")));
		}
		List<VariantResult.CdfPoint> cdf = new ArrayList<>();
		for (double[] p : pairs(v.list("responseCdf"), "responseCdf")) {
			cdf.add(new VariantResult.CdfPoint(p[0], p[1]));
		}
		List<String> warnings = new ArrayList<>();
		for (Object w : v.list("warnings")) {
			warnings.add(String.valueOf(w));
		}
		List<CellResult> cells = new ArrayList<>();
		if (v.has("cells")) {
			Fields all = Fields.of(v.get("cells"), "cells");
			for (String name : all.keys()) {
				cells.add(cell(name, Fields.of(all.get(name), "cell " + name)));
			}
		}
		List<SweepValue> sweep = new ArrayList<>();
		if (v.has("sweep")) {
			Fields all = Fields.of(v.get("sweep"), "sweep");
			for (String parameter : all.keys()) {
				Fields point = Fields.of(all.get(parameter), "sweep " + parameter);
				sweep.add(new SweepValue(parameter, point.number("value"), point.string("unit")));
			}
		}
		List<LinkResult> links = new ArrayList<>();
		if (v.has("links")) {
			Fields all = Fields.of(v.get("links"), "links");
			for (String name : all.keys()) {
				links.add(link(name, Fields.of(all.get(name), "link " + name)));
			}
		}
		List<TrainingJobResult> jobs = new ArrayList<>();
		if (v.has("trainingJobs")) {
			Fields all = Fields.of(v.get("trainingJobs"), "trainingJobs");
			for (String name : all.keys()) {
				jobs.add(trainingJob(name, Fields.of(all.get(name), "training job " + name)));
			}
		}
		return new VariantResult(v.string("name"), v.whole("offered"), v.whole("completed"), v.whole("lost"), lost,
				metrics, nodes, cdf, warnings, cells, List.copyOf(sweep), List.copyOf(links), List.copyOf(jobs));
	}

	private static LinkResult link(String name, Fields l) throws ResultsFormatException {
		return new LinkResult(name, l.number("bandwidthMbps"), l.number("latencyS"), l.number("lossProbability"),
				metric(l.get("carriedBytesPerS"), "carriedBytesPerS"), metric(l.get("utilization"), "utilization"),
				metric(l.get("meanTransferS"), "meanTransferS"), metric(l.get("lossRate"), "lossRate"),
				l.whole("transfers"), l.whole("lost"));
	}

	private static TrainingJobResult trainingJob(String name, Fields j) throws ResultsFormatException {
		List<String> nodes = new ArrayList<>();
		for (Object node : j.list("nodes")) {
			nodes.add(String.valueOf(node));
		}
		return new TrainingJobResult(name, List.copyOf(nodes), (int) j.whole("accelerators"), j.number("flops"),
				j.whole("steps"), j.number("stepS"), j.number("runS"), j.number("acceleratorHours"),
				metric(j.get("startS"), "startS"), metric(j.get("completionS"), "completionS"),
				(int) j.whole("finishedReplications"));
	}

	private static NodeResult node(Fields n) throws ResultsFormatException {
		List<NodeResult.TimePoint> series = new ArrayList<>();
		for (double[] p : pairs(n.list("queueLength"), "queueLength")) {
			series.add(new NodeResult.TimePoint(p[0], p[1]));
		}
		return new NodeResult(n.string("name"), metric(n.get("utilization"), "utilization"),
				metric(n.get("meanQueueLength"), "meanQueueLength"), series);
	}

	private static CellResult cell(String name, Fields c) throws ResultsFormatException {
		return new CellResult(name, c.number("peakDlMbps"), c.number("peakUlMbps"),
				metric(c.get("meanDlRateMbps"), "meanDlRateMbps"), metric(c.get("meanUlRateMbps"), "meanUlRateMbps"),
				metric(c.get("downlinkUtilization"), "downlinkUtilization"),
				metric(c.get("uplinkUtilization"), "uplinkUtilization"), metric(c.get("meanUplinkS"), "meanUplinkS"),
				metric(c.get("meanDownlinkS"), "meanDownlinkS"), metric(c.get("outageShare"), "outageShare"),
				c.whole("refusedDevices"));
	}

	/** {@code {"mean": x|null, "ci95": h|null, "reason"?: "..."}} */
	static MetricValue metric(Object value, String what) throws ResultsFormatException {
		Fields f = Fields.of(value, what);
		Double mean = f.numberOrNull("mean");
		Double ci = f.numberOrNull("ci95");
		String reason = f.has("reason") ? f.string("reason") : null;
		return new MetricValue(mean, ci, reason);
	}

	private static List<double[]> pairs(List<Object> list, String what) throws ResultsFormatException {
		List<double[]> pairs = new ArrayList<>(list.size());
		for (Object o : list) {
			if (!(o instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof Number x)
					|| !(pair.get(1) instanceof Number y)) {
				throw new ResultsFormatException("" + what + " must hold [number, number] pairs");
			}
			pairs.add(new double[] { x.doubleValue(), y.doubleValue() });
		}
		return pairs;
	}

	/** The members of one JSON object, with typed look-ups whose errors name the key. */
	record Fields(Map<?, ?> map, String what) {

		static Fields of(Object value, String what) throws ResultsFormatException {
			if (!(value instanceof Map<?, ?> map)) {
				throw new ResultsFormatException("" + what + " must be a JSON object");
			}
			return new Fields(map, what);
		}

		boolean has(String key) {
			return map.containsKey(key);
		}

		List<String> keys() {
			return map.keySet().stream().map(String::valueOf).toList();
		}

		Object get(String key) throws ResultsFormatException {
			if (!map.containsKey(key)) {
				throw new ResultsFormatException("" + what + " has no \"" + key + "\"");
			}
			return map.get(key);
		}

		String string(String key) throws ResultsFormatException {
			if (get(key) instanceof String s) {
				return s;
			}
			throw new ResultsFormatException("\"" + key + "\" of " + what + " must be a string");
		}

		double number(String key) throws ResultsFormatException {
			if (get(key) instanceof Number n) {
				return n.doubleValue();
			}
			throw new ResultsFormatException("\"" + key + "\" of " + what + " must be a number");
		}

		Double numberOrNull(String key) throws ResultsFormatException {
			Object value = get(key);
			if (value == null) {
				return null;
			}
			if (value instanceof Number n) {
				return n.doubleValue();
			}
			throw new ResultsFormatException("\"" + key + "\" of " + what + " must be a number or null");
		}

		long whole(String key) throws ResultsFormatException {
			if (get(key) instanceof Long n) {
				return n;
			}
			throw new ResultsFormatException("\"" + key + "\" of " + what + " must be a whole number");
		}

		List<Object> list(String key) throws ResultsFormatException {
			if (get(key) instanceof List<?> list) {
				return new ArrayList<>(list);
			}
			throw new ResultsFormatException("\"" + key + "\" of " + what + " must be an array");
		}
	}
}
