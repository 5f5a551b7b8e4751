package org.aiaas.train.api;

/**
 * The hyper-parameters of one training run. Defaults follow common practice for small networks:
 * Adam with learning rate 0.01, batches of 32, 100 epochs, early stopping after 10 epochs without a
 * better validation loss.
 */
public record TrainingSettings(OptimizerKind optimizer, double learningRate, double momentum, int batchSize,
		int epochs, int patience, long seed) {

	/** The optimisers a scenario can name. */
	public enum OptimizerKind {
		SGD, ADAM
	}

	public TrainingSettings {
		if (!(learningRate > 0) || batchSize < 1 || epochs < 1 || patience < 1 || momentum < 0 || momentum >= 1) {
			throw new IllegalArgumentException("lr > 0, 0 <= momentum < 1, batch, epochs and patience >= 1");
		}
	}

	public static TrainingSettings defaults(long seed) {
		return new TrainingSettings(OptimizerKind.ADAM, 0.01, 0.9, 32, 100, 10, seed);
	}

	public TrainingSettings withEpochs(int newEpochs) {
		return new TrainingSettings(optimizer, learningRate, momentum, batchSize, newEpochs, patience, seed);
	}
}
