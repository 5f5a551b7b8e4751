package org.aiaas.ui.run.results;

import java.util.List;

/**
 * A training results file (schema {@code aiaas-training/1}, docs/results-schema.md) as the results
 * editor shows it: per job the splits, the curve per epoch (centralised) or round (federated), the
 * test scores and, for federated jobs, validation accuracy against simulated time per aggregating
 * node. Figures the file holds as null (accuracy of a regression) are NaN here.
 */
public record TrainingResults(String scenario, long seed, List<Job> jobs) {

	/**
	 * One trained job.
	 *
	 * @param curve       one point per epoch, or per round for a federated job
	 * @param bestEpoch   centralised only (0 for federated)
	 * @param stopReason  centralised only (null for federated)
	 * @param rounds      federated only: the planned rounds (0 for centralised)
	 * @param aggregation federated only: one timeline per aggregating node
	 */
	public record Job(String name, boolean federated, String network, long trainSamples, long validationSamples,
			long testSamples, List<Point> curve, long bestEpoch, String stopReason, long rounds,
			List<NodeTimeline> aggregation, double testLoss, double testAccuracy) {
	}

	/** Loss and accuracy after one epoch or round; accuracies and validation figures may be NaN. */
	public record Point(long step, double trainLoss, double trainAccuracy, double validationLoss,
			double validationAccuracy) {
	}

	/** Validation accuracy of the global model at the simulated end of each round at one node. */
	public record NodeTimeline(String node, double[] simulatedSeconds, double[] validationAccuracy) {
	}
}
