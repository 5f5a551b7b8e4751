package org.aiaas.train.api;

import java.util.List;

/**
 * What a training run did: every epoch's figures, the epoch whose parameters were kept (the best
 * validation loss), why it stopped, and the scores on the test set with those parameters.
 */
public record TrainingHistory(List<EpochResult> epochs, int bestEpoch, String stopReason, double testLoss,
		double testAccuracy) {

	public TrainingHistory {
		epochs = List.copyOf(epochs);
	}
}
