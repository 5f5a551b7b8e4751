package org.aiaas.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.aiaas.cli.bench.BenchCommand;
import org.aiaas.cli.check.CheckCommand;
import org.aiaas.cli.diagram.DiagramCommand;
import org.aiaas.cli.run.RunCommand;
import org.aiaas.cli.lsp.LspCommand;
import org.aiaas.cli.train.InferCommand;
import org.aiaas.cli.train.TrainCommand;

/**
 * Entry point of the {@code aiaas} command: picks the sub-command, turns usage mistakes into one
 * line and exit code 2, and makes sure no unexpected exception ever reaches the user as a stack
 * trace (unless {@code AIAAS_DEBUG=1}).
 */
public final class Main {

	private final List<Command> commands;
	private final Terminal terminal;

	/** A dispatcher over the given commands, writing to the given terminal. */
	public Main(List<Command> commands, Terminal terminal) {
		this.commands = List.copyOf(commands);
		this.terminal = terminal;
	}

	/** The commands that exist today; later ones are registered here. */
	public static List<Command> defaultCommands() {
		return List.of(new CheckCommand(), new RunCommand(), new TrainCommand(), new InferCommand(), new DiagramCommand(),
				new LspCommand(), new BenchCommand());
	}

	public static void main(String[] args) {
		int code = new Main(defaultCommands(), Terminal.system()).run(Arrays.asList(args));
		System.out.flush();
		System.err.flush();
		System.exit(code);
	}

	/** Runs the command line and returns the exit code; never throws. */
	public int run(List<String> args) {
		try {
			return dispatch(args);
		} catch (UsageException e) {
			terminal.err().println("aiaas: " + e.getMessage());
			terminal.err().println("Run 'aiaas --help' for usage.");
			return ExitCode.USAGE_OR_IO;
		} catch (Throwable e) { // the last line of defence: one line, not a stack trace
			terminal.err().println("aiaas: internal error: " + describe(e) + " (please report)");
			if (terminal.debug()) {
				e.printStackTrace(terminal.err());
			}
			return ExitCode.USAGE_OR_IO;
		}
	}

	private int dispatch(List<String> args) throws UsageException {
		Usage usage = new Usage(commands);
		if (args.isEmpty()) {
			usage.print(terminal.err());
			return ExitCode.USAGE_OR_IO;
		}
		String first = args.get(0);
		switch (first) {
		case "-h", "--help", "help":
			usage.print(terminal.out());
			return ExitCode.OK;
		case "-V", "--version", "version":
			terminal.out().println("aiaas " + Version.current() + " (Java " + Runtime.version() + ")");
			return ExitCode.OK;
		default:
			break;
		}
		if (first.startsWith("-")) {
			throw new UsageException("unknown option '" + first + "'");
		}
		Command command = find(first).orElseThrow(() -> new UsageException(
				"unknown command '" + first + "' (commands: " + names() + ")"));
		List<String> rest = args.subList(1, args.size());
		if (asksForHelp(rest)) {
			terminal.out().println("Usage:");
			usage.printCommand(terminal.out(), command);
			return ExitCode.OK;
		}
		return command.run(rest, terminal);
	}

	/** Whether {@code --help} comes before any {@code --} (after which everything is a file name). */
	private static boolean asksForHelp(List<String> args) {
		for (String arg : args) {
			if (arg.equals("--")) {
				return false;
			}
			if (arg.equals("--help") || arg.equals("-h")) {
				return true;
			}
		}
		return false;
	}

	private Optional<Command> find(String name) {
		return commands.stream().filter(c -> c.name().equals(name)).findFirst();
	}

	private String names() {
		return String.join(", ", commands.stream().map(Command::name).toList());
	}

	/** A one-line description of an unexpected failure: its message, or its type if it has none. */
	static String describe(Throwable e) {
		String message = e.getMessage();
		String type = e.getClass().getSimpleName();
		return message == null || message.isBlank() ? type : type + ": " + message.lines().findFirst().orElse("");
	}
}
