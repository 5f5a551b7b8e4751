package org.aiaas.cli.train;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.aiaas.cli.ExitCode;
import org.aiaas.cli.Terminal;
import org.aiaas.model.TrainingJob;
import org.aiaas.train.api.TrainedModel;
import org.aiaas.train.api.TrainingDivergedException;
import org.aiaas.train.api.TrainingJobPlan;
import org.aiaas.train.api.TrainingSetupException;
import org.aiaas.train.federated.Aggregation;
import org.aiaas.train.federated.FederatedHistory;
import org.aiaas.train.federated.FederatedPlan;
import org.aiaas.train.federated.FederatedSetup;
import org.aiaas.train.federated.FederatedTraining;
import org.aiaas.train.federated.RoundResult;
import org.aiaas.train.report.JobOutcome;

/**
 * One federated training job on the terminal: the plan, one line per round (clients' local loss,
 * the global model's validation loss and accuracy), then the test scores and, per aggregating
 * node, the simulated round time and where the slowest participant spent it.
 */
final class FederatedJob {

	private final TrainingJob job;
	private final TrainingJobPlan base;
	private final TrainArguments arguments;
	private final Terminal terminal;

	FederatedJob(TrainingJob job, TrainingJobPlan base, TrainArguments arguments, Terminal terminal) {
		this.job = job;
		this.base = base;
		this.arguments = arguments;
		this.terminal = terminal;
	}

	int run(List<JobOutcome> outcomes) {
		FederatedPlan plan;
		try {
			plan = FederatedSetup.of(job, base);
		} catch (TrainingSetupException e) {
			terminal.err().println("aiaas: train: " + e.getMessage());
			return ExitCode.ERRORS;
		}
		if (arguments.epochs().isPresent()) {
			plan = plan.withRounds(Math.min(plan.rounds(), arguments.epochs().getAsInt()));
		}
		terminal.out().println(String.format(Locale.ROOT,
				"training %s (federated): network %s in %s; %d participants on %s shards of %d train samples; %d rounds × %d local epochs; %s lr %s, batch %d, seed %d; model %.0f B each way",
				job.getName(), TrainCommand.layers(base), TrainCommand.precision(base), plan.clients().size(), plan.shards(),
				base.data().train().size(), plan.rounds(), plan.localEpochs(),
				base.settings().optimizer().name().toLowerCase(Locale.ROOT), base.settings().learningRate(),
				base.settings().batchSize(), base.settings().seed(), plan.modelBytes()));
		AtomicBoolean cancel = new AtomicBoolean();
		Thread onInterrupt = new Thread(() -> cancel.set(true), "aiaas-cancel");
		Runtime.getRuntime().addShutdownHook(onInterrupt);
		FederatedHistory history;
		int rounds = plan.rounds();
		try {
			history = FederatedTraining.of(plan).run(TrainCommand.cancellable(cancel), r -> printRound(r, rounds));
		} catch (TrainingDivergedException e) {
			terminal.err().println("aiaas: train: " + job.getName() + ": " + e.getMessage() + "; nothing was written");
			return ExitCode.ERRORS;
		} catch (CancellationException e) {
			terminal.err().println("aiaas: train: cancelled; nothing was written for " + job.getName());
			return ExitCode.USAGE_OR_IO;
		} finally {
			TrainCommand.removeHook(onInterrupt);
		}
		printSummary(plan, history);
		outcomes.add(new JobOutcome(job.getName(), TrainCommand.layers(base), base.data().train().size(),
				base.data().validation().size(), base.data().test().size(), null, plan, history,
				job.getName() + ".model"));
		TrainedModel model = new TrainedModel(base.network(), base.data().normalizer(),
				base.data().train().featureNames(), base.data().train().classes());
		return TrainCommand.writeModel(job.getName(), model, arguments.outputFolder(), terminal);
	}

	private void printRound(RoundResult r, int rounds) {
		int width = Integer.toString(rounds).length();
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  round %" + width + "d/%d  local loss %.4f",
				r.round(), rounds, r.trainLoss()));
		if (Double.isFinite(r.validationLoss())) {
			line.append(String.format(Locale.ROOT, "  val loss %.4f", r.validationLoss()));
		}
		if (Double.isFinite(r.validationAccuracy())) {
			line.append(String.format(Locale.ROOT, "  val acc %5.1f %%", 100 * r.validationAccuracy()));
		}
		terminal.out().println(line.append(String.format(Locale.ROOT, "  (%.2f s)", r.seconds())));
		terminal.out().flush();
	}

	private void printSummary(FederatedPlan plan, FederatedHistory history) {
		StringBuilder test = new StringBuilder(String.format(Locale.ROOT, "  test loss %.4f", history.testLoss()));
		if (Double.isFinite(history.testAccuracy())) {
			test.append(String.format(Locale.ROOT, ", test accuracy %.1f %%", 100 * history.testAccuracy()));
		}
		double wall = history.rounds().stream().mapToDouble(RoundResult::seconds).sum();
		terminal.out().println(test.append(String.format(Locale.ROOT, "; %d rounds in %.1f s", history.rounds().size(), wall)));
		for (Aggregation a : plan.aggregations()) {
			terminal.out().println(String.format(Locale.ROOT,
					"  aggregate at %s (%s): round %.2f ms simulated, %d rounds %.3f s; slowest %s: download %.2f ms, compute %.2f µs, upload %.2f ms, aggregation %.2f µs",
					a.node(), a.kind(), 1e3 * a.timing().seconds(), history.rounds().size(),
					a.endOfRoundS(history.rounds().size()), a.timing().slowest(), 1e3 * a.timing().downloadS(),
					1e6 * a.timing().computeS(), 1e3 * a.timing().uploadS(), 1e6 * a.timing().aggregationS()));
		}
	}
}
