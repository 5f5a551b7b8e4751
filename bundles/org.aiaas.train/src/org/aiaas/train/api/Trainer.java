package org.aiaas.train.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.aiaas.sim.api.Progress;
import org.aiaas.train.data.DataSplit;
import org.aiaas.train.data.Samples;
import org.aiaas.train.nn.Adam;
import org.aiaas.train.nn.NeuralNetwork;
import org.aiaas.train.nn.Nd4jRuntime;
import org.aiaas.train.nn.Optimizer;
import org.aiaas.train.nn.Sgd;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a network by mini-batch gradient descent: each epoch shuffles the training set (seeded),
 * steps the optimiser once per batch, then measures the validation loss. Early stopping keeps the
 * parameters of the best validation epoch and stops after {@code patience} epochs without
 * improvement. A NaN or infinite loss stops with {@link TrainingDivergedException}; cancellation
 * through {@link Progress} stops with {@link CancellationException}.
 */
public final class Trainer {

	private final TrainingSettings settings;

	public Trainer(TrainingSettings settings) {
		this.settings = settings;
	}

	/** Trains {@code network} on {@code data}, reporting each epoch to {@code onEpoch}. */
	public TrainingHistory train(NeuralNetwork network, DataSplit data, Progress progress, Consumer<EpochResult> onEpoch) {
		Nd4jRuntime.ensureStarted();
		Batches train = Batches.of(data.train(), network.outputs());
		Batches validation = Batches.of(data.validation(), network.outputs());
		Optimizer optimizer = settings.optimizer() == TrainingSettings.OptimizerKind.ADAM
				? new Adam(settings.learningRate())
				: new Sgd(settings.learningRate(), settings.momentum());
		Random shuffle = new Random(settings.seed() ^ 0x5DEECE66DL);
		progress.begin("training", settings.epochs());
		List<EpochResult> epochs = new ArrayList<>();
		List<INDArray> best = network.snapshot();
		double bestLoss = Double.POSITIVE_INFINITY;
		int bestEpoch = 0;
		String stop = "ran all " + settings.epochs() + " epochs";
		for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
			long started = System.nanoTime();
			double trainLoss = runEpoch(network, optimizer, train, shuffle, progress, epoch);
			double validationLoss = validation.isEmpty() ? trainLoss : network.loss(validation.x(), validation.y());
			EpochResult result = new EpochResult(epoch, trainLoss, train.accuracy(network), validation.isEmpty()
					? Double.NaN : validationLoss, validation.accuracy(network), (System.nanoTime() - started) / 1e9);
			epochs.add(result);
			onEpoch.accept(result);
			progress.worked(1);
			if (validationLoss < bestLoss) {
				bestLoss = validationLoss;
				bestEpoch = epoch;
				best = network.snapshot();
			} else if (epoch - bestEpoch >= settings.patience()) {
				stop = "early stop: no better validation loss for " + settings.patience() + " epochs";
				break;
			}
		}
		network.restore(best);
		Batches test = Batches.of(data.test(), network.outputs());
		double testLoss = test.isEmpty() ? Double.NaN : network.loss(test.x(), test.y());
		return new TrainingHistory(epochs, bestEpoch, stop, testLoss, test.accuracy(network));
	}

	private double runEpoch(NeuralNetwork network, Optimizer optimizer, Batches train, Random shuffle,
			Progress progress, int epoch) {
		int n = train.size();
		int[] order = DataSplit.permutation(n, shuffle);
		double sum = 0;
		for (int start = 0; start < n; start += settings.batchSize()) {
			if (progress.isCanceled()) {
				throw new CancellationException("training cancelled in epoch " + epoch);
			}
			int[] rows = java.util.Arrays.copyOfRange(order, start, Math.min(n, start + settings.batchSize()));
			double loss = network.computeGradients(train.rows(rows, true), train.rows(rows, false));
			if (!Double.isFinite(loss)) {
				throw new TrainingDivergedException(epoch, loss, settings.learningRate());
			}
			optimizer.step(network.parameters(), network.gradients());
			sum += loss * rows.length;
		}
		return sum / n;
	}

	/** A split as ND4J matrices (whole) and Java rows (to cut batches from), with its labels for accuracy. */
	private record Batches(INDArray x, INDArray y, double[][] features, double[][] targets, Samples samples) {

		static Batches of(Samples samples, int outputs) {
			if (samples.size() == 0) {
				return new Batches(null, null, null, null, samples);
			}
			double[][] targets = Targets.encode(samples, outputs);
			return new Batches(Nd4j.create(samples.features()), Nd4j.create(targets), samples.features(), targets,
					samples);
		}

		/**
		 * The given rows as one new matrix. Built from the Java rows in one allocation: ND4J's
		 * getRows makes a view per row, which costs more than the whole training step.
		 */
		INDArray rows(int[] indices, boolean features) {
			double[][] source = features ? this.features : targets;
			int columns = source[0].length;
			double[] flat = new double[indices.length * columns];
			for (int i = 0; i < indices.length; i++) {
				System.arraycopy(source[indices[i]], 0, flat, i * columns, columns);
			}
			return Nd4j.create(flat, new long[] { indices.length, columns }, 'c');
		}

		boolean isEmpty() {
			return samples.size() == 0;
		}

		int size() {
			return samples.size();
		}

		double accuracy(NeuralNetwork network) {
			if (isEmpty() || !samples.isClassification()) {
				return Double.NaN;
			}
			return Targets.accuracy(network.predict(x).toDoubleMatrix(), samples.labels());
		}
	}
}
