package org.aiaas.train.api;

/**
 * The figures of one epoch: mean training loss over its batches, validation loss, and accuracies
 * (NaN for regression, or when there is no validation set).
 */
public record EpochResult(int epoch, double trainLoss, double trainAccuracy, double validationLoss,
		double validationAccuracy, double seconds) {
}
