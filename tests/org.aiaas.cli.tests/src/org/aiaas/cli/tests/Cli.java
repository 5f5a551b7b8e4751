package org.aiaas.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aiaas.cli.Main;
import org.aiaas.cli.Terminal;
import org.aiaas.cli.bench.BenchCommand;
import org.aiaas.cli.check.CheckCommand;
import org.aiaas.cli.run.RunCommand;
import org.aiaas.cli.check.ScenarioLoader;

/**
 * Runs the command line in-process, the way {@code ./aiaas} does but with captured streams, and
 * hands back the exit code and the lines written to stdout and stderr.
 */
public final class Cli {

	/** What one run of the command line did. */
	public record Result(int exit, List<String> out, List<String> err) {

		/** For assertion messages: everything the run printed. */
		public String transcript() {
			return "exit " + exit + "\n--- stdout\n" + String.join("\n", out) + "\n--- stderr\n" + String.join("\n", err);
		}
	}

	/** The language is set up once for all tests: its injector is the slow part (about a second). */
	private static final class Shared {
		static final ScenarioLoader LOADER = ScenarioLoader.create();
	}

	private Cli() {
	}

	/** The shared loader, for tests that parse generated text directly. */
	public static ScenarioLoader loader() {
		return Shared.LOADER;
	}

	/** Runs {@code aiaas ARGS...} with the registered commands; check shares the loader. */
	public static Result run(String... args) {
		return run(List.of(new CheckCommand(Cli::loader), new RunCommand(Cli::loader),
				new org.aiaas.cli.train.TrainCommand(Cli::loader), new org.aiaas.cli.train.InferCommand(), new BenchCommand()), args);
	}

	/** Runs {@code aiaas ARGS...} over exactly {@code commands}. */
	public static Result run(List<org.aiaas.cli.Command> commands, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int exit = new Main(commands, new Terminal(o, e, false)).run(List.of(args));
			return new Result(exit, lines(out), lines(err));
		}
	}

	private static List<String> lines(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8).lines().toList();
	}

	/**
	 * The root of the source tree (the folder holding {@code mvnw}). Surefire runs in the test
	 * bundle's folder, an IDE perhaps elsewhere inside the tree, so walk up.
	 */
	public static Path repositoryRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new IllegalStateException("no folder with mvnw above " + Path.of("").toAbsolutePath());
	}
}
