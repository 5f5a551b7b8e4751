package org.aiaas.train.federated;

import java.util.Random;

import org.aiaas.train.api.Targets;
import org.aiaas.train.api.TrainingDivergedException;
import org.aiaas.train.api.TrainingSettings;
import org.aiaas.train.data.DataSplit;
import org.aiaas.train.data.Samples;
import org.aiaas.train.nn.Adam;
import org.aiaas.train.nn.NeuralNetwork;
import org.aiaas.train.nn.Optimizer;
import org.aiaas.train.nn.Sgd;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A client's part of a round: E epochs of mini-batch training on its own shard, starting from the
 * global parameters, with the job's optimiser fresh for the round (clients keep no state between
 * rounds, as in FedAvg). Batches are shuffled with the given seed.
 */
final class LocalTraining {

	private final TrainingSettings settings;

	LocalTraining(TrainingSettings settings) {
		this.settings = settings;
	}

	/**
	 * Trains {@code network} in place on {@code shard}; returns the mean batch loss of the last
	 * epoch.
	 *
	 * @throws TrainingDivergedException when a batch loss is NaN or infinite
	 */
	double train(NeuralNetwork network, Samples shard, int epochs, long seed, int round) {
		double[][] x = shard.features();
		double[][] y = Targets.encode(shard, network.outputs());
		Optimizer optimizer = settings.optimizer() == TrainingSettings.OptimizerKind.ADAM
				? new Adam(settings.learningRate())
				: new Sgd(settings.learningRate(), settings.momentum());
		Random shuffle = new Random(seed);
		double loss = Double.NaN;
		for (int epoch = 0; epoch < epochs; epoch++) {
			int[] order = DataSplit.permutation(x.length, shuffle);
			double sum = 0;
			for (int start = 0; start < x.length; start += settings.batchSize()) {
				int end = Math.min(x.length, start + settings.batchSize());
				double batchLoss = network.computeGradients(rows(x, order, start, end), rows(y, order, start, end));
				if (!Double.isFinite(batchLoss)) {
					throw new TrainingDivergedException(round, batchLoss, settings.learningRate());
				}
				optimizer.step(network.parameters(), network.gradients());
				sum += batchLoss * (end - start);
			}
			loss = sum / x.length;
		}
		return loss;
	}

	private static INDArray rows(double[][] source, int[] order, int start, int end) {
		int columns = source[0].length;
		double[] flat = new double[(end - start) * columns];
		for (int i = start; i < end; i++) {
			System.arraycopy(source[order[i]], 0, flat, (i - start) * columns, columns);
		}
		return Nd4j.create(flat, new long[] { end - start, columns }, 'c');
	}
}
