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
import org.aiaas.train.api.ModelFile;
import org.aiaas.train.api.TrainedModel;
import org.aiaas.train.api.TrainingDivergedException;
import org.aiaas.train.api.TrainingHistory;
import org.aiaas.train.api.TrainingJobPlan;
import org.aiaas.train.api.TrainingSetupException;
import org.aiaas.train.report.JobOutcome;
import org.aiaas.train.report.TrainingReport;
import org.aiaas.train.report.TrainingResultsJson;
import org.aiaas.sim.report.ReportFiles;

/**
 * Training from the workbench, without any UI: the scenario's {@code training} jobs whose model
 * has a {@code network}, as {@code aiaas train} runs them; each writes {@code <job>.training.json}
 * (the schema of {@code aiaas train}'s results.json), {@code <job>.training.html} and
 * {@code <job>.model} into the output folder. Federated jobs run from the command line only
 * ({@code aiaas train}).
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
				.filter(j -> j.getFederated() == null)
				.filter(j -> request.job() == null || request.job().equals(j.getName())).toList();
		if (jobs.isEmpty()) {
			throw new ScenarioErrors(shown + ": " + (request.job() == null
					? "no training job whose model has a 'network { dense … }' and a dataset (federated jobs: run 'aiaas train')"
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
		List<JobOutcome> outcome = List.of(new JobOutcome(plan.name(), layers(plan), plan.data().train().size(),
				plan.data().validation().size(), plan.data().test().size(), history[0], null, null,
				plan.name() + ".model"));
		long seed = plan.settings().seed();
		ReportFiles.writeAtomically(outputFolder.resolve(plan.name() + ".training.json"),
				TrainingResultsJson.toJson(plan.name(), seed, outcome));
		ReportFiles.writeAtomically(outputFolder.resolve(plan.name() + ".training.html"),
				TrainingReport.toHtml(plan.name(), seed, outcome));
		ModelFile.write(model, outputFolder.resolve(plan.name() + ".model"));
		return history[0];
	}

	/** The network's shape as {@code aiaas train} writes it, e.g. "2-8-1". */
	private static String layers(TrainingJobPlan plan) {
		StringBuilder layers = new StringBuilder(Integer.toString(plan.network().inputs()));
		plan.network().layers().forEach(l -> layers.append('-').append(l.units()));
		return layers.toString();
	}
}
