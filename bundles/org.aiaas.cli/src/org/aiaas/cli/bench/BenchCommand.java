package org.aiaas.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aiaas.cli.Command;
import org.aiaas.cli.ExitCode;
import org.aiaas.cli.Terminal;
import org.aiaas.cli.UsageException;
import org.aiaas.cli.check.ScenarioLoader;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * {@code aiaas bench}: how long parsing and validating a large scenario takes, cold and warm. A
 * benchmark, not a test: it prints figures and fails only if the generated scenario has errors
 * (then the generator and the language disagree, and the figures would mean little).
 */
public final class BenchCommand implements Command {

	private static final int DEFAULT_WARMUP = 5;
	private static final int DEFAULT_ROUNDS = 10;

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String synopsis() {
		return "[language|engine|diagram|training] [--warmup N] [--rounds N]";
	}

	@Override
	public String summary() {
		return "benchmarks: parse+validate of a 10,000-element scenario; engine events/s and memory; diagram of 1,000 elements; training";
	}

	@Override
	public List<String> details() {
		return List.of("Prints the cold first round, then the median and minimum of N measured rounds after the",
				"warm-up rounds (defaults: --warmup " + DEFAULT_WARMUP + ", --rounds " + DEFAULT_ROUNDS + ").",
				"'training' (not part of the default run): ND4J training samples/s and GFLOP/s of a 784-256-128-10",
				"network against the dgemm peak, and 10^6 streamed samples with peak heap (use AIAAS_JAVA_OPTS=-Xmx1g).");
	}

	@Override
	public int run(List<String> args, Terminal terminal) throws UsageException {
		String which = args.isEmpty() || args.get(0).startsWith("-") ? "all" : args.get(0);
		if (!List.of("all", "language", "engine", "diagram", "training").contains(which)) {
			throw new UsageException("bench: unknown benchmark '" + which + "' (language, engine, diagram, training or all)");
		}
		int[] settings = parse(which.equals("all") && (args.isEmpty() || args.get(0).startsWith("-")) ? args
				: args.subList(1, args.size()));
		if (which.equals("training")) {
			new TrainingBenchmarkPrinter(terminal.out()).run(Math.max(1, settings[1] / 2));
			return ExitCode.OK;
		}
		int exit = ExitCode.OK;
		if (!which.equals("engine") && !which.equals("diagram")) {
			exit = runLanguage(settings[0], settings[1], terminal);
		}
		if (which.equals("diagram")) {
			try {
				new DiagramBenchmark(ScenarioLoader.create(), terminal.out()).run(settings[0], settings[1]);
				return ExitCode.OK;
			} catch (java.io.IOException e) {
				terminal.err().println("aiaas bench: " + e.getMessage());
				return ExitCode.USAGE_OR_IO;
			}
		}
		if (exit == ExitCode.OK && !which.equals("language")) {
			try {
				new EngineBenchmark(ScenarioLoader.create(), terminal.out()).run(Math.max(3, settings[1] / 2));
			} catch (java.io.IOException e) {
				terminal.err().println("aiaas bench: " + e.getMessage());
				return ExitCode.USAGE_OR_IO;
			}
		}
		return exit;
	}

	private int runLanguage(int warmup, int rounds, Terminal terminal) {
		PrintStream out = terminal.out();

		ScenarioGenerator.Size size = ScenarioGenerator.Size.BENCHMARK;
		String text = new ScenarioGenerator(size).generate();
		out.printf("scenario: %,d elements (%,d nodes, %,d cells, %,d device groups, %,d workloads, %,d links),"
				+ " %,d bytes, %,d lines%n", size.elements(), size.nodes(), size.cells(), size.deviceGroups(),
				size.workloads(), size.links(), text.length(), text.lines().count());

		long start = System.nanoTime();
		ScenarioLoader loader = ScenarioLoader.create();
		out.printf("language setup (injector):        %,8.0f ms%n", millis(System.nanoTime() - start));

		Round cold = round(loader, text);
		out.printf("cold parse+validate (first run):  %,8.0f ms  (parse %,.0f ms, validate %,.0f ms)%n",
				cold.total(), cold.parse(), cold.validate());
		if (cold.errors().size() > 0) {
			terminal.err().println("aiaas bench: the generated scenario has " + cold.errors().size()
					+ " errors, so the figures are not meaningful; first: " + cold.errors().get(0));
			return ExitCode.ERRORS;
		}
		for (int i = 0; i < warmup; i++) {
			round(loader, text);
		}
		List<Round> measured = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			measured.add(round(loader, text));
		}
		printWarm(out, warmup, measured, text.length());
		out.printf("issues: %d errors, %d warnings%n", cold.errors().size(), cold.warnings());
		return ExitCode.OK;
	}

	private static void printWarm(PrintStream out, int warmup, List<Round> measured, int bytes) {
		double[] totals = measured.stream().mapToDouble(Round::total).sorted().toArray();
		double[] parses = measured.stream().mapToDouble(Round::parse).sorted().toArray();
		double[] validates = measured.stream().mapToDouble(Round::validate).sorted().toArray();
		double median = median(totals);
		out.printf("warm parse+validate (%d rounds after %d warm-up): median %,.0f ms, min %,.0f ms"
				+ "  (median parse %,.0f ms, validate %,.0f ms)%n", totals.length, warmup, median, totals[0],
				median(parses), median(validates));
		out.printf("warm throughput: %,.1f MB/s of scenario text%n", bytes / 1048576.0 / (median / 1000));
	}

	/** One round: a fresh resource set, parse the text, validate it; the times in milliseconds. */
	private static Round round(ScenarioLoader loader, String text) {
		long start = System.nanoTime();
		XtextResource resource;
		try {
			resource = loader.load(loader.newResourceSet(), Path.of("generated.aiaas"), text);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // reading from memory: cannot happen
		}
		long parsed = System.nanoTime();
		List<Issue> issues = loader.validate(resource);
		long validated = System.nanoTime();
		List<String> errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + ": " + i.getMessage()).toList();
		int warnings = (int) issues.stream().filter(i -> i.getSeverity() == Severity.WARNING).count();
		return new Round(millis(parsed - start), millis(validated - parsed), errors, warnings);
	}

	private record Round(double parse, double validate, List<String> errors, int warnings) {
		double total() {
			return parse + validate;
		}
	}

	private static int[] parse(List<String> args) throws UsageException {
		int[] settings = { DEFAULT_WARMUP, DEFAULT_ROUNDS };
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			int index = switch (arg) {
			case "--warmup" -> 0;
			case "--rounds" -> 1;
			default -> throw new UsageException("bench: unknown argument '" + arg + "'");
			};
			if (i + 1 >= args.size()) {
				throw new UsageException("bench: " + arg + " needs a number");
			}
			settings[index] = number(arg, args.get(++i), index == 1 ? 1 : 0);
		}
		return settings;
	}

	private static int number(String option, String value, int min) throws UsageException {
		try {
			int n = Integer.parseInt(value);
			if (n >= min && n <= 10_000) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("bench: " + option + " needs a whole number from " + min + " to 10000, not '"
				+ value + "'");
	}

	private static double median(double[] sorted) {
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}
}
