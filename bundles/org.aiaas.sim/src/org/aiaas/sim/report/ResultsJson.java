package org.aiaas.sim.report;

import java.util.List;
import java.util.Objects;

import org.aiaas.sim.api.CellResult;
import org.aiaas.sim.api.LinkResult;
import org.aiaas.sim.api.SweepValue;
import org.aiaas.sim.api.TrainingJobResult;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.PredictorGain;
import org.aiaas.sim.api.PredictorSummary;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;

/**
 * results.json: the machine-readable result of a run, in the schema documented in
 * docs/results-schema.md ({@value #SCHEMA}). The same result always gives the same bytes.
 */
public final class ResultsJson {

	/** The value of the top-level "schema" key; a breaking change to the layout changes it. */
	public static final String SCHEMA = "aiaas-results/1";

	/** The reason written for a null that the engine did not explain. */
	public static final String NO_REASON = "undefined; the engine gave no reason";

	private ResultsJson() {
	}

	/** The pretty-printed JSON document, ending with a newline. */
	public static String toJson(SimulationResult result) {
		Objects.requireNonNull(result, "the simulation result");
		StringBuilder sb = new StringBuilder(4096);
		JsonWriter json = new JsonWriter(sb, true);
		json.beginObject();
		json.name("schema").value(SCHEMA);
		json.name("scenario").value(result.scenario());
		json.name("seed").value(result.seed());
		json.name("replications").value((long) result.replications());
		json.name("durationS").value(result.durationS());
		json.name("warmupS").value(result.warmupS());
		json.name("variants").beginArray();
		List<VariantResult> variants = nonNull(result.variants());
		List<String> causes = LossCauses.reported(variants);
		for (VariantResult variant : variants) {
			writeVariant(json, variant, causes);
		}
		json.endArray();
		if (result.predictor() != null) {
			writePredictor(json, result);
		}
		json.endObject();
		json.finish();
		return sb.toString();
	}

	/** The learned size predictor: its sizes, held-out R² and the share of the ideal gain each variant recovers. */
	private static void writePredictor(JsonWriter json, SimulationResult result) {
		PredictorSummary p = result.predictor();
		json.name("predictor").beginObject();
		json.name("samples").value((long) p.samples());
		json.name("trainSamples").value((long) p.trainSamples());
		json.name("heldOutSamples").value((long) p.heldOutSamples());
		json.name("r2").value(p.r2());
		json.name("r2Log").value(p.r2Log());
		json.name("model").value(p.model());
		json.name("recoveredGain").beginArray();
		for (PredictorGain gain : PredictorGain.of(nonNull(result.variants()))) {
			json.beginInlineObject();
			json.name("variant").value(gain.predicted());
			json.name("ideal").value(gain.ideal());
			json.name("baseline").value(gain.baseline());
			json.name("share").value(gain.share());
			json.endObject();
		}
		json.endArray();
		json.endObject();
	}

	/** Writes {@code {"mean": x|null, "ci95": h|null, "reason"?: "..."}}. */
	public static void writeMetric(JsonWriter json, MetricValue value) {
		json.beginInlineObject();
		json.name("mean").value(value.mean());
		json.name("ci95").value(value.ci95());
		String reason = reason(value);
		if (reason != null) {
			json.name("reason").value(reason);
		}
		json.endObject();
	}

	/**
	 * The reason to write for {@code value}: its own, or {@link #NO_REASON} when the mean or the
	 * interval is null without one, so that a reader never meets an unexplained null.
	 */
	public static String reason(MetricValue value) {
		if (value.reason() != null) {
			return value.reason();
		}
		return value.mean() == null || value.ci95() == null ? NO_REASON : null;
	}

	private static void writeVariant(JsonWriter json, VariantResult variant, List<String> causes) {
		json.beginObject();
		json.name("name").value(variant.name());
		List<SweepValue> sweep = nonNull(variant.sweep());
		if (!sweep.isEmpty()) {
			json.name("sweep").beginObject();
			for (SweepValue value : sweep) {
				json.name(value.parameter()).beginInlineObject();
				json.name("value").value(value.value());
				json.name("unit").value(value.unit());
				json.endObject();
			}
			json.endObject();
		}
		json.name("offered").value(variant.offered());
		json.name("completed").value(variant.completed());
		json.name("lost").value(variant.lost());
		json.name("lostByCause").beginObject();
		for (String cause : causes) {
			json.name(cause).value(LossCauses.count(variant, cause));
		}
		json.endObject();
		json.name("metrics").beginObject();
		for (String key : MetricKey.reportedKeys(variant)) {
			json.name(key);
			writeMetric(json, MetricKey.valueOf(variant, key));
		}
		json.endObject();
		List<NodeResult> nodes = nonNull(variant.nodes());
		json.name("utilization").beginObject();
		for (NodeResult node : nodes) {
			json.name(node.name()).value(node.utilization() == null ? null : node.utilization().mean());
		}
		json.endObject();
		json.name("nodes").beginArray();
		for (NodeResult node : nodes) {
			writeNode(json, node);
		}
		json.endArray();
		json.name("responseCdf").beginInlineArray();
		for (VariantResult.CdfPoint p : nonNull(variant.responseCdf())) {
			json.beginArray().value(p.valueS()).value(p.probability()).endArray();
		}
		json.endArray();
		json.name("warnings").beginArray();
		for (String warning : nonNull(variant.warnings())) {
			json.value(warning);
		}
		json.endArray();
		List<CellResult> cells = nonNull(variant.cells());
		if (!cells.isEmpty()) {
			json.name("cells").beginObject();
			for (CellResult cell : cells) {
				writeCell(json, cell);
			}
			json.endObject();
		}
		List<LinkResult> links = nonNull(variant.links());
		if (!links.isEmpty()) {
			json.name("links").beginObject();
			for (LinkResult link : links) {
				writeLink(json, link);
			}
			json.endObject();
		}
		List<TrainingJobResult> jobs = nonNull(variant.trainingJobs());
		if (!jobs.isEmpty()) {
			json.name("trainingJobs").beginObject();
			for (TrainingJobResult job : jobs) {
				writeTrainingJob(json, job);
			}
			json.endObject();
		}
		json.endObject();
	}

	/** "links": "a -> b" → configuration (numbers), measured figures ({mean, ci95}), counts. */
	private static void writeLink(JsonWriter json, LinkResult link) {
		json.name(link.name()).beginObject();
		json.name("bandwidthMbps").value(link.bandwidthMbps());
		json.name("latencyS").value(link.latencyS());
		json.name("lossProbability").value(link.lossProbability());
		json.name("carriedBytesPerS");
		writeMetric(json, link.carriedBytesPerS());
		json.name("utilization");
		writeMetric(json, link.utilization());
		json.name("meanTransferS");
		writeMetric(json, link.meanTransferS());
		json.name("lossRate");
		writeMetric(json, link.lossRate());
		json.name("transfers").value(link.transfers());
		json.name("lost").value(link.lost());
		json.endObject();
	}

	/** "trainingJobs": name → the compiled job (numbers) and when it started and completed ({mean, ci95}). */
	private static void writeTrainingJob(JsonWriter json, TrainingJobResult job) {
		json.name(job.name()).beginObject();
		json.name("nodes").beginInlineArray();
		for (String node : job.nodes()) {
			json.value(node);
		}
		json.endArray();
		json.name("accelerators").value((long) job.accelerators());
		json.name("flops").value(job.flops());
		json.name("steps").value(job.steps());
		json.name("stepS").value(job.stepS());
		json.name("runS").value(job.runS());
		json.name("acceleratorHours").value(job.acceleratorHours());
		json.name("startS");
		writeMetric(json, job.startS());
		json.name("completionS");
		writeMetric(json, job.completionS());
		json.name("finishedReplications").value((long) job.finishedReplications());
		json.endObject();
	}

	/** "cells": name → peak rates (numbers), measured figures ({mean, ci95}). */
	private static void writeCell(JsonWriter json, CellResult cell) {
		json.name(cell.name()).beginObject();
		json.name("peakDlMbps").value(cell.peakDlMbps());
		json.name("peakUlMbps").value(cell.peakUlMbps());
		json.name("meanDlRateMbps");
		writeMetric(json, cell.meanDlRateMbps());
		json.name("meanUlRateMbps");
		writeMetric(json, cell.meanUlRateMbps());
		json.name("downlinkUtilization");
		writeMetric(json, cell.downlinkUtilization());
		json.name("uplinkUtilization");
		writeMetric(json, cell.uplinkUtilization());
		json.name("meanUplinkS");
		writeMetric(json, cell.meanUplinkS());
		json.name("meanDownlinkS");
		writeMetric(json, cell.meanDownlinkS());
		json.name("outageShare");
		writeMetric(json, cell.outageShare());
		json.name("refusedDevices").value(cell.refusedDevices());
		json.endObject();
	}

	private static void writeNode(JsonWriter json, NodeResult node) {
		json.beginObject();
		json.name("name").value(node.name());
		json.name("utilization");
		writeMetric(json, orNotComputed(node.utilization()));
		json.name("meanQueueLength");
		writeMetric(json, orNotComputed(node.meanQueueLength()));
		json.name("queueLength").beginInlineArray();
		for (NodeResult.TimePoint p : nonNull(node.queueLengthSeries())) {
			json.beginArray().value(p.timeS()).value(p.value()).endArray();
		}
		json.endArray();
		json.endObject();
	}

	private static MetricValue orNotComputed(MetricValue value) {
		return value != null ? value : MetricValue.undefined(MetricKey.NOT_COMPUTED);
	}

	static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list;
	}
}
