package org.aiaas.cli;

import java.io.PrintStream;
import java.util.List;

/** The text of {@code aiaas --help}, built from the registered {@link Command}s. */
final class Usage {

	private final List<Command> commands;

	Usage(List<Command> commands) {
		this.commands = List.copyOf(commands);
	}

	/** The full help: synopsis, every command with its details, global options, exit codes. */
	void print(PrintStream out) {
		out.println("AIaaS Studio command line " + Version.current());
		out.println();
		out.println("Usage: aiaas COMMAND [ARGS...]");
		out.println("       aiaas --help | --version");
		out.println();
		out.println("Commands:");
		for (Command command : commands) {
			printCommand(out, command);
		}
		out.println();
		out.println("Options:");
		out.println("  -h, --help       show this help (also: aiaas COMMAND --help)");
		out.println("  -V, --version    show the version");
		out.println();
		out.println("Exit codes: " + ExitCode.OK + " no errors (warnings allowed), " + ExitCode.ERRORS
				+ " errors found, " + ExitCode.USAGE_OR_IO + " usage error, unreadable input or internal error.");
		out.println("Set AIAAS_DEBUG=1 to see stack traces of internal errors.");
	}

	/** The help of one command, for {@code aiaas COMMAND --help}. */
	void printCommand(PrintStream out, Command command) {
		out.println("  aiaas " + command.name() + " " + command.synopsis());
		out.println("      " + command.summary());
		for (String line : command.details()) {
			out.println("      " + line);
		}
	}
}
