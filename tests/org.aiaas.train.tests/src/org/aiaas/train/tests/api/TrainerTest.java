package org.aiaas.train.tests.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.aiaas.sim.api.Progress;
import org.aiaas.train.api.EpochResult;
import org.aiaas.train.api.Trainer;
import org.aiaas.train.api.TrainingDivergedException;
import org.aiaas.train.api.TrainingHistory;
import org.aiaas.train.api.TrainingJobPlan;
import org.aiaas.train.api.TrainingSettings;
import org.aiaas.train.api.TrainingSettings.OptimizerKind;
import org.aiaas.train.data.DataSplit;
import org.aiaas.train.data.GeneratedData;
import org.aiaas.train.nn.Activation;
import org.aiaas.train.nn.Loss;
import org.aiaas.train.nn.NeuralNetwork;
import org.junit.jupiter.api.Test;

/**
 * Training end to end, with fixed seeds. The accuracy targets are the issue's: XOR is perfectly
 * separable by a network with one hidden layer (so 100 %), and two moons with noise 0.2 overlap only
 * a little, so a small network classifies ≥ 95 % of unseen points correctly. These three train in
 * the precision {@code aiaas train} uses ({@link TrainingJobPlan#PRECISION}, FP32).
 */
class TrainerTest {

	@Test
	void xorIsLearnedPerfectly() {
		DataSplit data = DataSplit.of(GeneratedData.xor(200, 0.1, 42), 0.7, 0.15, 42);
		NeuralNetwork network = NeuralNetwork.create(2, new int[] { 8, 1 },
				new Activation[] { Activation.TANH, Activation.SIGMOID }, Loss.CROSS_ENTROPY, 42, TrainingJobPlan.PRECISION);
		TrainingHistory history = new Trainer(new TrainingSettings(OptimizerKind.ADAM, 0.05, 0.9, 32, 60, 10, 42))
				.train(network, data, Progress.NONE, e -> { });
		assertEquals(1.0, history.testAccuracy(), 0.0, history.stopReason());
	}

	@Test
	void twoMoonsReach95PercentOnTheTestSet() {
		DataSplit data = DataSplit.of(GeneratedData.moons(1000, 0.2, 7), 0.7, 0.15, 7);
		NeuralNetwork network = NeuralNetwork.create(2, new int[] { 16, 16, 1 },
				new Activation[] { Activation.RELU, Activation.RELU, Activation.SIGMOID }, Loss.CROSS_ENTROPY, 7, TrainingJobPlan.PRECISION);
		TrainingHistory history = new Trainer(new TrainingSettings(OptimizerKind.ADAM, 0.02, 0.9, 64, 100, 10, 7))
				.train(network, data, Progress.NONE, e -> { });
		assertTrue(history.testAccuracy() >= 0.95, "test accuracy " + history.testAccuracy());
	}

	@Test
	void sgdWithMomentumLearnsBlobs() {
		DataSplit data = DataSplit.of(GeneratedData.blobs(300, 0.0, 3), 0.7, 0.15, 3);
		NeuralNetwork network = NeuralNetwork.create(2, new int[] { 8, 3 },
				new Activation[] { Activation.RELU, Activation.SOFTMAX }, Loss.CROSS_ENTROPY, 3, TrainingJobPlan.PRECISION);
		TrainingHistory history = new Trainer(new TrainingSettings(OptimizerKind.SGD, 0.1, 0.9, 64, 15, 10, 3))
				.train(network, data, Progress.NONE, e -> { });
		// Centres 3 · √3 ≈ 5.2 apart with spread 0.5: the blobs practically do not overlap.
		assertTrue(history.testAccuracy() >= 0.99, "test accuracy " + history.testAccuracy());
	}

	@Test
	void earlyStoppingKeepsTheBestValidationEpoch() {
		DataSplit data = DataSplit.of(GeneratedData.regression(300, 0.3, 5), 0.7, 0.15, 5);
		NeuralNetwork network = NeuralNetwork.create(1, new int[] { 16, 1 },
				new Activation[] { Activation.TANH, Activation.LINEAR }, Loss.MSE, 5);
		List<EpochResult> seen = new ArrayList<>();
		TrainingHistory history = new Trainer(new TrainingSettings(OptimizerKind.ADAM, 0.05, 0.9, 16, 400, 5, 5))
				.train(network, data, Progress.NONE, seen::add);
		double best = seen.stream().mapToDouble(EpochResult::validationLoss).min().orElseThrow();
		assertEquals(best, seen.get(history.bestEpoch() - 1).validationLoss(), 0.0);
		assertTrue(history.stopReason().startsWith("early stop") || seen.size() == 400);
		assertEquals(seen.size() - history.bestEpoch() >= 5 || seen.size() == 400, true);
	}

	@Test
	void aDivergingRunStopsWithAClearMessage() {
		DataSplit data = DataSplit.of(GeneratedData.regression(200, 0.1, 1), 0.7, 0.15, 1);
		NeuralNetwork network = NeuralNetwork.create(1, new int[] { 8, 1 },
				new Activation[] { Activation.RELU, Activation.LINEAR }, Loss.MSE, 1);
		TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
				() -> new Trainer(new TrainingSettings(OptimizerKind.SGD, 1e6, 0.9, 8, 50, 50, 1))
						.train(network, data, Progress.NONE, r -> { }));
		assertTrue(e.getMessage().matches("training diverged in epoch \\d+: the training loss became (NaN|Infinity); "
				+ "try a smaller learning rate than 'lr 1000000.0'"), e.getMessage());
	}

	@Test
	void cancellingStopsTraining() {
		DataSplit data = DataSplit.of(GeneratedData.moons(200, 0.1, 1), 0.7, 0.15, 1);
		NeuralNetwork network = NeuralNetwork.create(2, new int[] { 4, 1 },
				new Activation[] { Activation.TANH, Activation.SIGMOID }, Loss.CROSS_ENTROPY, 1);
		Progress cancelAfterTwoEpochs = new Progress() {
			private double done;

			@Override
			public void begin(String task, double totalWork) {
			}

			@Override
			public void worked(double work) {
				done += work;
			}

			@Override
			public boolean isCanceled() {
				return done >= 2;
			}
		};
		List<EpochResult> seen = new ArrayList<>();
		assertThrows(CancellationException.class, () -> new Trainer(TrainingSettings.defaults(1))
				.train(network, data, cancelAfterTwoEpochs, seen::add));
		assertEquals(2, seen.size());
	}
}
