package org.aiaas.cli.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.aiaas.cli.Command;
import org.aiaas.cli.ExitCode;
import org.aiaas.cli.OptionValues;
import org.aiaas.cli.Terminal;
import org.aiaas.cli.UsageException;
import org.aiaas.cli.check.CheckCommand;
import org.aiaas.cli.check.InputFile;
import org.aiaas.cli.check.ScenarioLoader;
import org.aiaas.model.Scenario;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.engine.Plan;
import org.aiaas.sim.engine.PredictedSizes;
import org.aiaas.sim.engine.RunOptions;
import org.aiaas.sim.engine.ScenarioException;
import org.aiaas.sim.engine.Simulator;
import org.aiaas.sim.engine.SweepCompiler;
import org.aiaas.sim.report.ReportFiles;
import org.aiaas.train.api.ServiceTimeRegression;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * {@code aiaas run FILE}: checks the scenario (errors stop here, with the same diagnostics as
 * {@code check}), learns a service-time predictor first when a scheduler uses {@code sizes
 * predicted} ({@link PredictedSizes}, {@link ServiceTimeRegression}), simulates it with a progress bar, prints a summary table and writes
 * results.json, results.csv and report.html.
 */
public final class RunCommand implements Command {

	private final Supplier<ScenarioLoader> loaderFactory;

	public RunCommand() {
		this(ScenarioLoader::create);
	}

	public RunCommand(Supplier<ScenarioLoader> loaderFactory) {
		this.loaderFactory = loaderFactory;
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public String synopsis() {
		return "FILE [--out DIR] [--replications N] [--seed N] [--json FILE] [--threads N]";
	}

	@Override
	public String summary() {
		return "simulate a scenario; print a summary and write results.json, results.csv and report.html";
	}

	@Override
	public List<String> details() {
		return List.of("--out DIR: where the files go (default: out/<file name without .aiaas>).",
				"--replications N: 1 to " + RunOptions.MAX_REPLICATIONS + " (default: the scenario's, else 5).",
				"--seed N: base seed (default: the scenario's, else 1); the same seed gives identical files.",
				"--json FILE: also write results.json to FILE.",
				"--threads N: replications run in parallel on N threads (default: all cores).",
				"Exit 0 when the run completed, 1 if the scenario has errors or cannot be simulated, 2 on usage or I/O problems.");
	}

	@Override
	public int run(List<String> args, Terminal terminal) throws UsageException {
		RunArguments arguments = RunArguments.parse(args);
		int checked = new CheckCommand(loaderFactory).run(List.of(arguments.file()), terminal);
		if (checked != ExitCode.OK) {
			if (checked == ExitCode.ERRORS) {
				terminal.err().println("aiaas: run: fix the errors above first; nothing was simulated");
			}
			return checked;
		}
		Scenario scenario = load(arguments.file(), terminal);
		if (scenario == null) {
			return ExitCode.USAGE_OR_IO;
		}
		TerminalProgress progress = new TerminalProgress(terminal.err(), System.console() != null);
		Thread onInterrupt = new Thread(progress::cancel, "aiaas-cancel");
		Runtime.getRuntime().addShutdownHook(onInterrupt);
		SimulationResult result;
		try {
			List<Plan> plans = compile(scenario, arguments.options(), terminal.err()::println);
			result = Simulator.run(plans, arguments.options(), progress);
		} catch (ScenarioException e) {
			progress.finish();
			terminal.err().println("aiaas: run: " + arguments.file() + ": " + e.getMessage());
			return ExitCode.ERRORS;
		} catch (CancellationException e) {
			progress.finish();
			terminal.err().println("aiaas: run: cancelled; no files were written");
			return ExitCode.USAGE_OR_IO;
		} finally {
			removeHook(onInterrupt);
		}
		progress.finish();
		SummaryTable.print(result, terminal.out());
		return write(result, arguments, terminal);
	}

	private Scenario load(String file, Terminal terminal) {
		if (!(InputFile.read(file) instanceof InputFile.Accepted accepted)) {
			terminal.err().println("aiaas: run: cannot read " + file);
			return null;
		}
		ScenarioLoader loader = loaderFactory.get();
		XtextResourceSet resourceSet = loader.newResourceSet();
		try {
			XtextResource resource = loader.load(resourceSet, accepted.path(), accepted.text());
			return (Scenario) resource.getContents().get(0);
		} catch (IOException e) {
			terminal.err().println("aiaas: run: " + file + ": cannot be read: " + e.getMessage());
			return null;
		}
	}

	private static int write(SimulationResult result, RunArguments arguments, Terminal terminal) {
		Path out = arguments.outputFolder();
		try {
			ReportFiles.writeAll(result, out);
			terminal.out().println("wrote " + out.resolve("results.json") + ", results.csv, report.html");
			if (arguments.json() != null) {
				ReportFiles.writeJson(result, arguments.json());
				terminal.out().println("wrote " + arguments.json());
			}
			return ExitCode.OK;
		} catch (IOException e) {
			terminal.err().println("aiaas: run: cannot write the results: " + e.getMessage());
			return ExitCode.USAGE_OR_IO;
		}
	}

	private static void removeHook(Thread hook) {
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException e) {
			// The JVM is already shutting down (Ctrl-C): the hook has done its work.
		}
	}

	/** The parsed command line of {@code run}. */
	record RunArguments(String file, Path outputFolder, Path json, RunOptions options) {

		private static final OptionValues OPTIONS = new OptionValues("run");

		static RunArguments parse(List<String> args) throws UsageException {
			String file = null;
			Path out = null;
			Path json = null;
			OptionalInt replications = OptionalInt.empty();
			OptionalLong seed = OptionalLong.empty();
			int threads = Runtime.getRuntime().availableProcessors();
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				switch (arg) {
				case "--out" -> out = Path.of(OPTIONS.value(args, ++i, arg));
				case "--json" -> json = Path.of(OPTIONS.value(args, ++i, arg));
				case "--replications" -> replications = OptionalInt.of(
						(int) OPTIONS.number(OPTIONS.value(args, ++i, arg), arg, 1, RunOptions.MAX_REPLICATIONS));
				case "--seed" -> seed = OptionalLong.of(OPTIONS.number(OPTIONS.value(args, ++i, arg), arg, Long.MIN_VALUE, Long.MAX_VALUE));
				case "--threads" -> threads = (int) OPTIONS.number(OPTIONS.value(args, ++i, arg), arg, 1, 1024);
				default -> {
					if (arg.startsWith("-")) {
						throw new UsageException("run: unknown option '" + arg + "'");
					}
					if (file != null) {
						throw new UsageException("run: one scenario file at a time (got " + file + " and " + arg + ")");
					}
					file = arg;
				}
				}
			}
			if (file == null) {
				throw new UsageException("run: no scenario file given (usage: aiaas run FILE)");
			}
			if (out == null) {
				String base = Path.of(file).getFileName().toString().replaceFirst("\\.aiaas$", "");
				out = Path.of("out", base);
			}
			return new RunArguments(file, out, json, new RunOptions(replications, seed, threads));
		}


	}

	/**
	 * The plans a run simulates: one per sweep point ({@link SweepCompiler}), each with a learned
	 * service-time predictor when a variant orders by {@code sizes predicted}.
	 *
	 * @param note told, in a line for the user, when a predictor is being learned
	 * @throws ScenarioException if the scenario cannot be simulated
	 */
	public static List<Plan> compile(Scenario scenario, RunOptions options, Consumer<String> note) {
		return withPredictors(SweepCompiler.compile(scenario, options), note);
	}

	/** The plans, each with a learned service-time predictor where a variant orders by predicted sizes. */
	public static List<Plan> withPredictors(List<Plan> plans, Consumer<String> note) {
		List<Plan> ready = new ArrayList<>();
		for (Plan plan : plans) {
			if (plan.needsPredictedSizes()) {
				List<org.aiaas.sim.api.SweepValue> point = plan.variants().get(0).sweep();
				note.accept("aiaas: run: learning service times for 'sizes predicted' from "
						+ PredictedSizes.PILOT_SAMPLES + " requests of a pilot run" + (point.isEmpty() ? ""
								: " (" + String.join(", ", point.stream().map(org.aiaas.sim.api.SweepValue::label).toList())
										+ ")"));
				plan = PredictedSizes.attach(plan, new ServiceTimeRegression());
			}
			ready.add(plan);
		}
		return List.copyOf(ready);
	}
}
