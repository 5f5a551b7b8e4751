package org.aiaas.ui.run.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.aiaas.model.Scenario;
import org.aiaas.model.TrainingJob;
import org.aiaas.sim.api.Progress;
import org.aiaas.train.api.EpochResult;
import org.aiaas.train.api.HistoryJson;
import org.aiaas.train.api.ModelFile;
import org.aiaas.train.api.TrainedModel;
import org.aiaas.train.api.TrainingDivergedException;
import org.aiaas.train.api.TrainingHistory;
import org.aiaas.train.api.TrainingJobPlan;
import org.aiaas.train.api.TrainingSetupException;

/**
 * Training from the workbench, without any UI: the scenario's {@code training} jobs whose model
 * has a {@code network}, as {@code aiaas train} runs them; each writes {@code <job>.training.json}
 * and {@code <job>.model} into the output folder.
 */
public final class TrainingRunner {

	private static final long DEFAULT_SEED = 1;

	/**
	 * @param scenarioFile the .aiaas file
	 * @param job          the one job to train, or null for every trainable job
	 * @param epochs       at most this many epochs instead of the job's
	 * @param seed         instead of the scenario's
	 * @param outputFolder where the files go
	 */
	public record Request(Path scenarioFile, String job, OptionalInt epochs, OptionalLong seed, Path outputFolder) {
		public Request {
			Objects.requireNonNull(scenarioFile, "the scenario file");
			Objects.requireNonNull(outputFolder, "the output folder");
		}
	}

	private TrainingRunner() {
	}

	/** The jobs to train, prepared (data read or generated, network built). */
	public static List<TrainingJobPlan> plans(Request request, String shown) throws ScenarioErrors {
		Scenario scenario = ScenarioFiles.load(request.scenarioFile(), shown);
		List<TrainingJob> jobs = scenario.getTrainingJobs().stream()
				.filter(j -> j.getModel() != null && !j.getModel().getNetwork().isEmpty())
				.filter(j -> request.job() == null || request.job().equals(j.getName())).toList();
		if (jobs.isEmpty()) {
			throw new ScenarioErrors(shown + ": " + (request.job() == null
					? "no training job whose model has a 'network { dense … }' and a dataset"
					: "no trainable training job named '" + request.job() + "'"));
		}
		long seed = request.seed().orElse(scenario.isSetSeed() ? scenario.getSeed() : DEFAULT_SEED);
		Path folder = request.scenarioFile().toAbsolutePath().getParent();
		List<TrainingJobPlan> plans = new ArrayList<>();
		for (TrainingJob job : jobs) {
			try {
				TrainingJobPlan plan = TrainingJobPlan.of(job, folder, seed);
				plans.add(request.epochs().isPresent()
						? plan.withSettings(plan.settings().withEpochs(request.epochs().getAsInt()))
						: plan);
			} catch (TrainingSetupException e) {
				throw new ScenarioErrors(shown + ": " + e.getMessage());
			}
		}
		return plans;
	}

	/**
	 * Trains one job and writes its history and model.
	 *
	 * @throws ScenarioErrors                               when training diverged
	 * @throws java.util.concurrent.CancellationException when {@code progress} asked to stop
	 */
	public static TrainingHistory train(TrainingJobPlan plan, Progress progress, Consumer<EpochResult> onEpoch,
			Path outputFolder) throws ScenarioErrors, IOException {
		TrainingHistory[] history = new TrainingHistory[1];
		TrainedModel model;
		try {
			model = plan.run(progress, onEpoch, h -> history[0] = h);
		} catch (TrainingDivergedException e) {
			throw new ScenarioErrors(plan.name() + ": " + e.getMessage() + "; nothing was written");
		}
		java.nio.file.Files.createDirectories(outputFolder);
		HistoryJson.write(plan.name(), history[0], outputFolder.resolve(plan.name() + ".training.json"));
		ModelFile.write(model, outputFolder.resolve(plan.name() + ".model"));
		return history[0];
	}
}
