package org.aiaas.train.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.aiaas.model.AiModel;
import org.aiaas.model.CsvDataset;
import org.aiaas.model.GeneratedDataset;
import org.aiaas.model.Layer;
import org.aiaas.model.LossKind;
import org.aiaas.model.TrainingJob;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.sim.api.Progress;
import org.aiaas.train.data.CsvFormatException;
import org.aiaas.train.data.CsvReader;
import org.aiaas.train.data.DataSplit;
import org.aiaas.train.data.GeneratedData;
import org.aiaas.train.data.Samples;
import org.aiaas.train.nn.Activation;
import org.aiaas.train.nn.Loss;
import org.aiaas.train.nn.NeuralNetwork;
import org.aiaas.train.nn.Precision;

/**
 * A {@code training} job of a scenario made ready to run: its data loaded or generated and split,
 * its network built and its hyper-parameters read, with the scenario's seed. Reads the EMF model
 * only; defaults fill what the scenario leaves out (split 70/15/15, see also
 * {@link TrainingSettings#defaults}).
 */
public final class TrainingJobPlan {

	private static final double DEFAULT_TRAIN = 0.70;
	private static final double DEFAULT_VALIDATION = 0.15;
	/**
	 * Jobs train in FP32: on networks large enough for the speed to matter (the 784-256-128-10 of
	 * {@code aiaas bench training}) a step takes about half the time of FP64, and the issue's
	 * accuracy proofs (XOR, two moons, FedAvg against centralised) hold in FP32 too (TrainerTest,
	 * FederatedVsCentralisedTest). FP64 stays for gradient checks and the simulator's service-time
	 * predictor.
	 */
	public static final Precision PRECISION = Precision.FP32;

	private final String name;
	private final DataSplit data;
	private final NeuralNetwork network;
	private final TrainingSettings settings;

	private TrainingJobPlan(String name, DataSplit data, NeuralNetwork network, TrainingSettings settings) {
		this.name = name;
		this.data = data;
		this.network = network;
		this.settings = settings;
	}

	/**
	 * Prepares {@code job}; CSV files are resolved against {@code scenarioFolder}.
	 *
	 * @throws TrainingSetupException when the data cannot be read or does not fit the network
	 */
	public static TrainingJobPlan of(TrainingJob job, Path scenarioFolder, long seed) throws TrainingSetupException {
		Objects.requireNonNull(job, "the training job");
		AiModel model = job.getModel();
		if (model == null || model.getNetwork().isEmpty()) {
			throw new TrainingSetupException("training job " + job.getName() + " has no model with a 'network { dense … }'");
		}
		Loss loss = model.getLoss() == LossKind.MSE ? Loss.MSE : Loss.CROSS_ENTROPY;
		Samples samples = samples(job, scenarioFolder, loss == Loss.CROSS_ENTROPY, seed);
		List<Layer> layers = model.getNetwork();
		int[] units = layers.stream().mapToInt(Layer::getUnits).toArray();
		Activation[] activations = layers.stream().map(l -> Activation.valueOf(l.getActivation().getName()))
				.toArray(Activation[]::new);
		if (Targets.mismatch(samples, units[units.length - 1]).isPresent()) {
			throw new TrainingSetupException("training job " + job.getName() + ": model " + model.getName() + ": "
					+ Targets.mismatch(samples, units[units.length - 1]).get());
		}
		double train = job.getTrainSplit() == null ? DEFAULT_TRAIN : QuantityKind.toBase(job.getTrainSplit());
		double validation = job.getValidationSplit() == null ? DEFAULT_VALIDATION
				: QuantityKind.toBase(job.getValidationSplit());
		DataSplit split = DataSplit.of(samples, train, validation, seed);
		NeuralNetwork network = NeuralNetwork.create(samples.featureCount(), units, activations, loss, seed,
				PRECISION);
		return new TrainingJobPlan(job.getName(), split, network, settings(job, seed));
	}

	private static TrainingSettings settings(TrainingJob job, long seed) {
		TrainingSettings d = TrainingSettings.defaults(seed);
		return new TrainingSettings(
				!job.isSetOptimizer() ? d.optimizer()
						: TrainingSettings.OptimizerKind.valueOf(job.getOptimizer().getName()),
				job.isSetLearningRate() ? job.getLearningRate() : d.learningRate(),
				job.isSetMomentum() ? job.getMomentum() : d.momentum(),
				job.isSetBatch() ? job.getBatch() : d.batchSize(), job.isSetEpochs() ? job.getEpochs() : d.epochs(),
				job.isSetPatience() ? job.getPatience() : d.patience(), seed);
	}

	private static Samples samples(TrainingJob job, Path folder, boolean classification, long seed)
			throws TrainingSetupException {
		if (job.getDataset() instanceof CsvDataset csv) {
			try {
				return CsvReader.read(folder.resolve(csv.getFile()), csv.getLabel(), classification);
			} catch (CsvFormatException e) {
				throw new TrainingSetupException(e.getMessage());
			}
		}
		if (job.getDataset() instanceof GeneratedDataset generated) {
			int n = generated.isSetSamples() ? generated.getSamples() : 1000;
			double noise = generated.isSetNoise() ? generated.getNoise() : 0.1;
			return switch (generated.getKind()) {
			case XOR -> GeneratedData.xor(n, noise, seed);
			case MOONS -> GeneratedData.moons(n, noise, seed);
			case SPIRALS -> GeneratedData.spirals(n, noise, seed);
			case BLOBS -> GeneratedData.blobs(n, noise, seed);
			case REGRESSION -> GeneratedData.regression(n, noise, seed);
			};
		}
		throw new TrainingSetupException("training job " + job.getName() + " has no 'dataset'");
	}

	/** Trains the network; see {@link Trainer#train}. */
	public TrainedModel run(Progress progress, Consumer<EpochResult> onEpoch, Consumer<TrainingHistory> onDone) {
		TrainingHistory history = new Trainer(settings).train(network, data, progress, onEpoch);
		onDone.accept(history);
		return new TrainedModel(network, data.normalizer(), data.train().featureNames(), data.train().classes());
	}

	/** The same plan with other hyper-parameters (e.g. fewer epochs from the command line). */
	public TrainingJobPlan withSettings(TrainingSettings newSettings) {
		return new TrainingJobPlan(name, data, network, newSettings);
	}

	public String name() {
		return name;
	}

	public DataSplit data() {
		return data;
	}

	public NeuralNetwork network() {
		return network;
	}

	public TrainingSettings settings() {
		return settings;
	}
}
