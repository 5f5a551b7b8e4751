package org.aiaas.cli.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.aiaas.cli.Command;
import org.aiaas.cli.ExitCode;
import org.aiaas.cli.Terminal;
import org.aiaas.cli.UsageException;
import org.aiaas.cli.check.CheckCommand;
import org.aiaas.cli.check.InputFile;
import org.aiaas.cli.check.ScenarioLoader;
import org.aiaas.model.Scenario;
import org.aiaas.model.TrainingJob;
import org.aiaas.sim.api.Progress;
import org.aiaas.train.api.ModelFile;
import org.aiaas.train.api.TrainedModel;
import org.aiaas.train.api.TrainingDivergedException;
import org.aiaas.train.api.TrainingHistory;
import org.aiaas.train.api.TrainingJobPlan;
import org.aiaas.train.api.TrainingSettings;
import org.aiaas.train.api.TrainingSetupException;
import org.aiaas.train.report.JobOutcome;
import org.aiaas.train.report.TrainingOutputs;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * {@code aiaas train FILE}: checks the scenario, then trains every {@code training} job whose model
 * declares a {@code network} (federated jobs by {@link FederatedJob}), printing one line per epoch
 * or round; writes each trained model with its normalisation to {@code <job>.model}, and
 * results.json and report.html for the jobs that completed. Ctrl-C stops between batches and
 * writes nothing for the interrupted job.
 */
public final class TrainCommand implements Command {

	private static final long DEFAULT_SEED = 1;

	private final Supplier<ScenarioLoader> loaderFactory;

	public TrainCommand() {
		this(ScenarioLoader::create);
	}

	public TrainCommand(Supplier<ScenarioLoader> loaderFactory) {
		this.loaderFactory = loaderFactory;
	}

	@Override
	public String name() {
		return "train";
	}

	@Override
	public String synopsis() {
		return "FILE [--out DIR] [--job NAME] [--seed N] [--epochs N]";
	}

	@Override
	public String summary() {
		return "train the scenario's neural networks (ND4J), also federated; write results.json, report.html and <job>.model";
	}

	@Override
	public List<String> details() {
		return List.of("--out DIR: where the files go (default: out/<file name without .aiaas>).",
				"--job NAME: train only this training job (default: every job whose model has a network).",
				"--seed N: seed of data, split, initial weights and batch order (default: the scenario's, else 1).",
				"--epochs N: at most N epochs instead of the job's 'epochs' (rounds for a federated job).",
				"Exit 0 when training completed, 1 if the scenario or its data has errors or training diverged, 2 on usage or I/O problems.");
	}

	@Override
	public int run(List<String> args, Terminal terminal) throws UsageException {
		TrainArguments arguments = TrainArguments.parse(args);
		int checked = new CheckCommand(loaderFactory).run(List.of(arguments.file()), terminal);
		if (checked != ExitCode.OK) {
			if (checked == ExitCode.ERRORS) {
				terminal.err().println("aiaas: train: fix the errors above first; nothing was trained");
			}
			return checked;
		}
		if (!(InputFile.read(arguments.file()) instanceof InputFile.Accepted accepted)) {
			terminal.err().println("aiaas: train: cannot read " + arguments.file());
			return ExitCode.USAGE_OR_IO;
		}
		Scenario scenario;
		try {
			ScenarioLoader loader = loaderFactory.get();
			XtextResourceSet resourceSet = loader.newResourceSet();
			scenario = (Scenario) loader.load(resourceSet, accepted.path(), accepted.text()).getContents().get(0);
		} catch (IOException e) {
			terminal.err().println("aiaas: train: " + arguments.file() + ": cannot be read: " + e.getMessage());
			return ExitCode.USAGE_OR_IO;
		}
		List<TrainingJob> jobs = scenario.getTrainingJobs().stream()
				.filter(j -> j.getModel() != null && !j.getModel().getNetwork().isEmpty())
				.filter(j -> arguments.job() == null || arguments.job().equals(j.getName())).toList();
		if (jobs.isEmpty()) {
			terminal.err().println("aiaas: train: " + arguments.file() + ": " + (arguments.job() == null
					? "no training job whose model has a 'network { dense … }'"
					: "no trainable training job named '" + arguments.job() + "'"));
			return ExitCode.ERRORS;
		}
		long seed = arguments.seed().orElse(scenario.isSetSeed() ? scenario.getSeed() : DEFAULT_SEED);
		Path folder = accepted.path().toAbsolutePath().getParent();
		int result = ExitCode.OK;
		List<JobOutcome> outcomes = new ArrayList<>();
		for (TrainingJob job : jobs) {
			result = ExitCode.worst(result, train(job, folder, seed, arguments, terminal, outcomes));
			if (result == ExitCode.USAGE_OR_IO) {
				break;
			}
		}
		return outcomes.isEmpty() ? result
				: ExitCode.worst(result, writeResults(scenario.getName(), seed, outcomes, arguments.outputFolder(), terminal));
	}

	private int train(TrainingJob job, Path folder, long seed, TrainArguments arguments, Terminal terminal,
			List<JobOutcome> outcomes) {
		TrainingJobPlan plan;
		try {
			plan = TrainingJobPlan.of(job, folder, seed);
		} catch (TrainingSetupException e) {
			terminal.err().println("aiaas: train: " + e.getMessage());
			return ExitCode.ERRORS;
		}
		if (job.getFederated() != null) {
			return new FederatedJob(job, plan, arguments, terminal).run(outcomes);
		}
		TrainingJobPlan runnable = arguments.epochs().isPresent()
				? plan.withSettings(plan.settings().withEpochs(arguments.epochs().getAsInt()))
				: plan;
		terminal.out().println(describe(runnable));
		EpochPrinter printer = new EpochPrinter(terminal.out(), runnable.settings().epochs());
		AtomicBoolean cancel = new AtomicBoolean();
		Thread onInterrupt = new Thread(() -> cancel.set(true), "aiaas-cancel");
		Runtime.getRuntime().addShutdownHook(onInterrupt);
		TrainingHistory[] history = new TrainingHistory[1];
		TrainedModel model;
		try {
			model = runnable.run(cancellable(cancel), printer::epoch, h -> history[0] = h);
		} catch (TrainingDivergedException e) {
			terminal.err().println("aiaas: train: " + job.getName() + ": " + e.getMessage() + "; nothing was written");
			return ExitCode.ERRORS;
		} catch (CancellationException e) {
			terminal.err().println("aiaas: train: cancelled; nothing was written for " + job.getName());
			return ExitCode.USAGE_OR_IO;
		} finally {
			removeHook(onInterrupt);
		}
		printer.summary(history[0], runnable.data().train().size());
		outcomes.add(new JobOutcome(job.getName(), layers(runnable), runnable.data().train().size(),
				runnable.data().validation().size(), runnable.data().test().size(), history[0], null, null,
				job.getName() + ".model"));
		return writeModel(job.getName(), model, arguments.outputFolder(), terminal);
	}

	/** "fp32" or "fp64": what the job's network computes in. */
	static String precision(TrainingJobPlan plan) {
		return plan.network().precision().name().toLowerCase(Locale.ROOT);
	}

	static String layers(TrainingJobPlan plan) {
		StringBuilder layers = new StringBuilder(Integer.toString(plan.network().inputs()));
		plan.network().layers().forEach(l -> layers.append('-').append(l.units()));
		return layers.toString();
	}

	private static String describe(TrainingJobPlan plan) {
		TrainingSettings s = plan.settings();
		String layers = layers(plan);
		return String.format(Locale.ROOT,
				"training %s: network %s in %s, %s loss; %d train / %d validation / %d test samples; %s lr %s, batch %d, up to %d epochs, patience %d, seed %d",
				plan.name(), layers, precision(plan), plan.network().lossFunction().name().toLowerCase(Locale.ROOT).replace("_", "-"),
				plan.data().train().size(), plan.data().validation().size(), plan.data().test().size(),
				s.optimizer().name().toLowerCase(Locale.ROOT), s.learningRate(), s.batchSize(), s.epochs(),
				s.patience(), s.seed());
	}

	static int writeModel(String job, TrainedModel model, Path out, Terminal terminal) {
		Path modelFile = out.resolve(job + ".model");
		try {
			ModelFile.write(model, modelFile);
			terminal.out().println("wrote " + modelFile);
			return ExitCode.OK;
		} catch (IOException e) {
			terminal.err().println("aiaas: train: cannot write the model: " + e.getMessage());
			return ExitCode.USAGE_OR_IO;
		}
	}

	private static int writeResults(String scenario, long seed, List<JobOutcome> outcomes, Path out, Terminal terminal) {
		try {
			TrainingOutputs.write(out, scenario, seed, outcomes);
			terminal.out().println("wrote " + out.resolve("results.json") + " and " + out.resolve("report.html"));
			return ExitCode.OK;
		} catch (IOException e) {
			terminal.err().println("aiaas: train: cannot write the results: " + e.getMessage());
			return ExitCode.USAGE_OR_IO;
		}
	}

	static Progress cancellable(AtomicBoolean cancel) {
		return new Progress() {
			@Override
			public void begin(String task, double totalWork) {
			}

			@Override
			public void worked(double work) {
			}

			@Override
			public boolean isCanceled() {
				return cancel.get();
			}
		};
	}

	static void removeHook(Thread hook) {
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException e) {
			// The JVM is already shutting down (Ctrl-C).
		}
	}
}
