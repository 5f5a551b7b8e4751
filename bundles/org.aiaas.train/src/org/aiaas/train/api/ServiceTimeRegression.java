package org.aiaas.train.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.aiaas.sim.api.PredictorSummary;
import org.aiaas.sim.api.Progress;
import org.aiaas.sim.engine.ServiceTimeLearner;
import org.aiaas.sim.engine.ServiceTimeSamples;
import org.aiaas.sim.engine.SizeEstimator;
import org.aiaas.train.data.DataSplit;
import org.aiaas.train.data.Normalizer;
import org.aiaas.train.data.Samples;
import org.aiaas.train.nn.Activation;
import org.aiaas.train.nn.Loss;
import org.aiaas.train.nn.NeuralNetwork;
import org.aiaas.train.nn.PlainNetwork;

/**
 * The learned size oracle of {@code sizes predicted}: a dense network (features → 32 ReLU → 32
 * ReLU → 1) fitted with Adam on ln(service seconds). Service times span orders of magnitude and
 * grow multiplicatively with tokens and model size, so the log target gives every request a
 * similar weight, where squared error in seconds would fit only the longest ones. The samples are
 * shuffled with the seed and split 70 % train, 10 % validation (early stopping), 20 % held out; features are standardised
 * with statistics of the training part only, and so is the target. R² is measured on the held-out
 * requests in seconds (the scale schedulers compare) and in ln seconds.
 */
public final class ServiceTimeRegression implements ServiceTimeLearner {

	static final int[] HIDDEN = { 32, 32 };
	static final double TRAIN_SHARE = 0.7;
	static final double VALIDATION_SHARE = 0.1;
	/** Service times below this (seconds) are taken as this, so that ln stays finite. */
	static final double SMALLEST_SECONDS = 1e-9;

	private final TrainingSettings settings;

	/** Adam, learning rate 0.01, batches of 256, at most 100 epochs, patience 10. */
	public ServiceTimeRegression() {
		this(null);
	}

	/** With other hyper-parameters (null: the defaults above, seeded by {@link #learn}'s seed). */
	public ServiceTimeRegression(TrainingSettings settings) {
		this.settings = settings;
	}

	@Override
	public LearnedSizes learn(ServiceTimeSamples samples, long seed) {
		Fit fit = fit(samples, seed);
		return new LearnedSizes(fit.estimator(), fit.summary());
	}

	/** Fits and measures; {@link Fit} also holds the predictions for the held-out requests. */
	public Fit fit(ServiceTimeSamples samples, long seed) {
		int n = samples.size();
		int[] order = DataSplit.permutation(n, new Random(seed));
		int trainCount = (int) Math.round(n * TRAIN_SHARE);
		int validationCount = (int) Math.round(n * VALIDATION_SHARE);
		if (trainCount < 10 || n - trainCount - validationCount < 10) {
			throw new IllegalArgumentException("a service-time predictor needs at least 50 recorded requests, got " + n);
		}
		int[] trainRows = Arrays.copyOfRange(order, 0, trainCount);
		int[] validationRows = Arrays.copyOfRange(order, trainCount, trainCount + validationCount);
		int[] heldOutRows = Arrays.copyOfRange(order, trainCount + validationCount, n);
		Normalizer features = Normalizer.fit(rows(samples, trainRows));
		Normalizer target = Normalizer.fit(Arrays.stream(trainRows).mapToObj(i -> new double[] { lnSeconds(samples, i) })
				.toArray(double[][]::new));
		double targetMean = target.mean()[0];
		double targetScale = target.scale()[0];
		DataSplit split = new DataSplit(part(samples, trainRows, features, targetMean, targetScale),
				part(samples, validationRows, features, targetMean, targetScale),
				part(samples, new int[0], features, targetMean, targetScale), features);
		int inputs = samples.featureNames().size();
		NeuralNetwork network = NeuralNetwork.create(inputs, new int[] { HIDDEN[0], HIDDEN[1], 1 },
				new Activation[] { Activation.RELU, Activation.RELU, Activation.LINEAR }, Loss.MSE, seed);
		TrainingSettings used = settings != null ? settings
				: new TrainingSettings(TrainingSettings.OptimizerKind.ADAM, 0.01, 0.9, 256, 100, 10, seed);
		TrainingHistory history = new Trainer(used).train(network, split, Progress.NONE, epoch -> {
		});
		PlainNetwork plain = PlainNetwork.of(network);
		Predictor predictor = row -> Math.exp(plain.apply(features.apply(row))[0] * targetScale + targetMean);
		double[] actual = new double[heldOutRows.length];
		double[] predicted = new double[heldOutRows.length];
		for (int i = 0; i < heldOutRows.length; i++) {
			actual[i] = samples.seconds()[heldOutRows[i]];
			predicted[i] = predictor.seconds(samples.features()[heldOutRows[i]]);
		}
		double r2 = rSquared(actual, predicted);
		double r2Log = rSquared(Arrays.stream(heldOutRows).mapToDouble(i -> lnSeconds(samples, i)).toArray(),
				Arrays.stream(predicted).map(Math::log).toArray());
		String model = String.format(Locale.ROOT, "dense %d-%d-%d-1 relu, Adam lr %s, batch %d, %d epochs (best %d),"
				+ " target ln(seconds)", inputs, HIDDEN[0], HIDDEN[1], Double.toString(used.learningRate()),
				used.batchSize(), history.epochs().size(), history.bestEpoch());
		PredictorSummary summary = new PredictorSummary(n, trainCount + validationCount, heldOutRows.length, r2, r2Log,
				model);
		SizeEstimator estimator = (request, trueSize) -> predictor.seconds(request.features());
		return new Fit(estimator, summary, actual, predicted);
	}

	/**
	 * @param heldOutSeconds   the true service times of the held-out requests
	 * @param heldOutPredicted what the predictor says for them, in the same order
	 */
	public record Fit(SizeEstimator estimator, PredictorSummary summary, double[] heldOutSeconds,
			double[] heldOutPredicted) {
	}

	@FunctionalInterface
	private interface Predictor {
		double seconds(double[] rawFeatures);
	}

	/** R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)²; for constant y: 1 if every prediction is exact, else 0. */
	static double rSquared(double[] y, double[] predicted) {
		double mean = Arrays.stream(y).average().orElse(0);
		double sse = 0;
		double sst = 0;
		for (int i = 0; i < y.length; i++) {
			sse += (y[i] - predicted[i]) * (y[i] - predicted[i]);
			sst += (y[i] - mean) * (y[i] - mean);
		}
		return sst > 0 ? 1 - sse / sst : (sse == 0 ? 1 : 0);
	}

	private static double lnSeconds(ServiceTimeSamples samples, int row) {
		return Math.log(Math.max(SMALLEST_SECONDS, samples.seconds()[row]));
	}

	private static double[][] rows(ServiceTimeSamples samples, int[] indices) {
		return Arrays.stream(indices).mapToObj(i -> samples.features()[i]).toArray(double[][]::new);
	}

	/** The rows' features standardised with the training statistics, and their standardised ln seconds. */
	private static Samples part(ServiceTimeSamples samples, int[] indices, Normalizer features, double targetMean,
			double targetScale) {
		double[] labels = Arrays.stream(indices).mapToDouble(i -> (lnSeconds(samples, i) - targetMean) / targetScale)
				.toArray();
		return new Samples(features.apply(rows(samples, indices)), labels, samples.featureNames(), 0);
	}
}
