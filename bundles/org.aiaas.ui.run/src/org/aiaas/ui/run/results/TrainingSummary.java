package org.aiaas.ui.run.results;

import java.util.ArrayList;
import java.util.List;

import org.aiaas.sim.report.Numbers;

/**
 * The summary table of a training results file, one row per job: what was trained on how much data,
 * how well the kept model scores on the test split, and how training ended (best epoch and stop
 * reason, or the federated rounds). Missing figures show as "—".
 */
public final class TrainingSummary {

	public static final List<String> COLUMNS = List.of("Job", "Kind", "Network", "Samples (train/validation/test)",
			"Test loss", "Test accuracy", "Outcome");

	private TrainingSummary() {
	}

	public static List<List<String>> rows(TrainingResults results) {
		List<List<String>> rows = new ArrayList<>();
		for (TrainingResults.Job job : results.jobs()) {
			String outcome = job.federated() ? job.curve().size() + " of " + job.rounds() + " rounds, "
					+ job.aggregation().size() + " aggregating node" + (job.aggregation().size() == 1 ? "" : "s")
					: "best epoch " + job.bestEpoch() + " (" + job.stopReason() + ")";
			rows.add(List.of(job.name(), job.federated() ? "federated" : "centralised", job.network(),
					job.trainSamples() + " / " + job.validationSamples() + " / " + job.testSamples(), Numbers.format(job.testLoss()),
					Numbers.format(job.testAccuracy()), outcome));
		}
		return rows;
	}
}
