package org.aiaas.train.federated;

/**
 * The figures of one federated round: the clients' mean local training loss (weighted by shard
 * size, last local epoch) and the new global model's validation loss and accuracy (NaN for
 * regression or without a validation set); {@code seconds} is wall-clock time on this machine.
 */
public record RoundResult(int round, double trainLoss, double validationLoss, double validationAccuracy,
		double seconds) {
}
