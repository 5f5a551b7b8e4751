package org.aiaas.train.report;

import java.util.List;

import org.aiaas.sim.report.JsonWriter;
import org.aiaas.train.api.EpochResult;
import org.aiaas.train.federated.Aggregation;
import org.aiaas.train.federated.Client;
import org.aiaas.train.federated.FederatedPlan;
import org.aiaas.train.federated.RoundResult;

/**
 * results.json of {@code aiaas train}, schema {@code aiaas-training/1} (docs/results-schema.md):
 * per job the loss and accuracy of every epoch (or federated round), the test scores, the model
 * file and, for federated jobs, the simulated round time at every aggregating node. Figures that
 * do not exist (accuracy of a regression) are null; keys keep the documented order.
 */
public final class TrainingResultsJson {

	public static final String SCHEMA = "aiaas-training/1";

	private TrainingResultsJson() {
	}

	public static String toJson(String scenario, long seed, List<JobOutcome> jobs) {
		StringBuilder out = new StringBuilder(16_384);
		JsonWriter w = new JsonWriter(out, true);
		w.beginObject().name("schema").value(SCHEMA).name("scenario").value(scenario).name("seed").value(seed);
		w.name("jobs").beginArray();
		for (JobOutcome job : jobs) {
			job(w, job);
		}
		w.endArray().endObject().finish();
		return out.toString();
	}

	private static void job(JsonWriter w, JobOutcome job) {
		w.beginObject().name("name").value(job.name()).name("kind").value(job.isFederated() ? "federated" : "centralised")
				.name("network").value(job.network());
		w.name("samples").beginInlineObject().name("train").value(job.trainSamples()).name("validation")
				.value(job.validationSamples()).name("test").value(job.testSamples()).endObject();
		if (job.isFederated()) {
			federated(w, job);
		} else {
			w.name("epochs").beginArray();
			for (EpochResult e : job.history().epochs()) {
				w.beginInlineObject().name("epoch").value(e.epoch()).name("trainLoss").value(n(e.trainLoss()))
						.name("trainAccuracy").value(n(e.trainAccuracy())).name("validationLoss")
						.value(n(e.validationLoss())).name("validationAccuracy").value(n(e.validationAccuracy()))
						.name("seconds").value(n(e.seconds())).endObject();
			}
			w.endArray().name("bestEpoch").value(job.history().bestEpoch()).name("stopReason")
					.value(job.history().stopReason());
		}
		w.name("test").beginInlineObject().name("loss").value(n(job.testLoss())).name("accuracy")
				.value(n(job.testAccuracy())).endObject();
		w.name("modelFile").value(job.modelFile()).endObject();
	}

	private static void federated(JsonWriter w, JobOutcome job) {
		FederatedPlan plan = job.federatedPlan();
		w.name("federated").beginObject().name("rounds").value(plan.rounds()).name("localEpochs")
				.value(plan.localEpochs()).name("shards").value(plan.shards()).name("participants")
				.value(plan.clients().size()).name("modelBytes").value(plan.modelBytes());
		w.name("clients").beginArray();
		for (Client c : plan.clients()) {
			w.beginInlineObject().name("name").value(c.name()).name("group").value(c.group()).name("samples")
					.value(c.shard().size()).endObject();
		}
		w.endArray().endObject();
		List<RoundResult> rounds = job.federatedHistory().rounds();
		w.name("rounds").beginArray();
		for (RoundResult r : rounds) {
			w.beginInlineObject().name("round").value(r.round()).name("trainLoss").value(n(r.trainLoss()))
					.name("validationLoss").value(n(r.validationLoss())).name("validationAccuracy")
					.value(n(r.validationAccuracy())).name("seconds").value(n(r.seconds())).endObject();
		}
		w.endArray().name("aggregation").beginArray();
		for (Aggregation a : plan.aggregations()) {
			w.beginObject().name("node").value(a.node()).name("kind").value(a.kind()).name("roundSeconds")
					.value(a.timing().seconds()).name("slowest").value(a.timing().slowest())
					.name("slowestDownloadSeconds").value(a.timing().downloadS()).name("slowestComputeSeconds")
					.value(a.timing().computeS()).name("slowestUploadSeconds").value(a.timing().uploadS())
					.name("aggregationSeconds").value(a.timing().aggregationS());
			w.name("timeline").beginArray();
			for (RoundResult r : rounds) {
				w.beginInlineObject().name("round").value(r.round()).name("simulatedSeconds")
						.value(a.endOfRoundS(r.round())).name("validationAccuracy").value(n(r.validationAccuracy()))
						.endObject();
			}
			w.endArray().endObject();
		}
		w.endArray();
	}

	private static Double n(double value) {
		return Double.isFinite(value) ? value : null;
	}
}
