package org.aiaas.train.report;

import java.util.Objects;

import org.aiaas.train.api.TrainingHistory;
import org.aiaas.train.federated.FederatedHistory;
import org.aiaas.train.federated.FederatedPlan;

/**
 * What one training job of a run produced, for results.json and report.html: either a
 * centralised {@code history} or a {@code federated} plan and history, and the model file's name
 * (next to results.json).
 */
public record JobOutcome(String name, String network, int trainSamples, int validationSamples, int testSamples,
		TrainingHistory history, FederatedPlan federatedPlan, FederatedHistory federatedHistory, String modelFile) {

	public JobOutcome {
		Objects.requireNonNull(name, "the job name");
		if ((history == null) == (federatedHistory == null) || (federatedHistory == null) != (federatedPlan == null)) {
			throw new IllegalArgumentException("a job is either centralised (history) or federated (plan and history)");
		}
	}

	public boolean isFederated() {
		return federatedHistory != null;
	}

	public double testLoss() {
		return isFederated() ? federatedHistory.testLoss() : history.testLoss();
	}

	public double testAccuracy() {
		return isFederated() ? federatedHistory.testAccuracy() : history.testAccuracy();
	}
}
