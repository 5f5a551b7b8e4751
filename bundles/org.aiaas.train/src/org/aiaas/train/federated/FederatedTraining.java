package org.aiaas.train.federated;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.aiaas.sim.api.Progress;
import org.aiaas.train.api.Targets;
import org.aiaas.train.api.TrainingSettings;
import org.aiaas.train.data.DataSplit;
import org.aiaas.train.data.Samples;
import org.aiaas.train.nn.NeuralNetwork;
import org.aiaas.train.nn.Nd4jRuntime;

/**
 * Synchronous FedAvg for real: each round every client copies the global parameters, trains
 * {@code localEpochs} epochs on its own shard ({@link LocalTraining}), and the global parameters
 * become the shard-size-weighted mean of the clients' ({@link FedAvg}). After each round the
 * global model is scored on the validation split; after the last, on the test split. Where the
 * models are averaged changes the simulated time of a round, never the learning, so one run
 * serves every aggregating node.
 */
public final class FederatedTraining {

	private final NeuralNetwork network;
	private final DataSplit data;
	private final TrainingSettings settings;
	private final List<Client> clients;
	private final int rounds;
	private final int localEpochs;

	/**
	 * @param network     the global model, trained in place (starts from its current parameters)
	 * @param data        validation and test splits score the global model (the clients hold the training split)
	 * @param settings    optimiser, learning rate, batch size and seed of the local training
	 * @param clients     the participants with their shards
	 */
	public FederatedTraining(NeuralNetwork network, DataSplit data, TrainingSettings settings, List<Client> clients,
			int rounds, int localEpochs) {
		this.network = network;
		this.data = data;
		this.settings = settings;
		this.clients = List.copyOf(clients);
		this.rounds = rounds;
		this.localEpochs = localEpochs;
	}

	public static FederatedTraining of(FederatedPlan plan) {
		return new FederatedTraining(plan.base().network(), plan.base().data(), plan.base().settings(), plan.clients(),
				plan.rounds(), plan.localEpochs());
	}

	/** Runs every round; the network is left with the final global parameters. */
	public FederatedHistory run(Progress progress, Consumer<RoundResult> onRound) {
		Nd4jRuntime.ensureStarted();
		LocalTraining local = new LocalTraining(settings);
		int[] sizes = clients.stream().mapToInt(c -> c.shard().size()).toArray();
		progress.begin("federated training", rounds);
		List<RoundResult> results = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			long started = System.nanoTime();
			double[] global = network.parameterVector();
			List<double[]> updates = new ArrayList<>();
			double lossSum = 0;
			for (int k = 0; k < clients.size(); k++) {
				if (progress.isCanceled()) {
					throw new CancellationException("federated training cancelled in round " + round);
				}
				network.setParameterVector(global);
				long seed = settings.seed() * 1_000_003L + round * 10_007L + k;
				lossSum += sizes[k] * local.train(network, clients.get(k).shard(), localEpochs, seed, round);
				updates.add(network.parameterVector());
			}
			network.setParameterVector(FedAvg.average(updates, sizes));
			Samples validation = data.validation();
			RoundResult result = new RoundResult(round, lossSum / java.util.Arrays.stream(sizes).sum(),
					loss(network, validation), accuracy(network, validation), (System.nanoTime() - started) / 1e9);
			results.add(result);
			onRound.accept(result);
			progress.worked(1);
		}
		Samples test = data.test();
		return new FederatedHistory(results, loss(network, test), accuracy(network, test));
	}

	static double loss(NeuralNetwork network, Samples samples) {
		return samples.size() == 0 ? Double.NaN
				: network.lossOfRows(samples.features(), Targets.encode(samples, network.outputs()));
	}

	static double accuracy(NeuralNetwork network, Samples samples) {
		return samples.size() == 0 || !samples.isClassification() ? Double.NaN
				: Targets.accuracy(network.predictRows(samples.features()), samples.labels());
	}
}
