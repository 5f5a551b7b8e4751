package org.aiaas.cli;

import java.util.List;

/**
 * One sub-command of {@code aiaas} ({@code aiaas NAME ARGS...}). The help text is built from the
 * registered commands, so it lists only what really exists; a new command is one new class
 * registered in {@link Main}.
 */
public interface Command {

	/** The word that selects this command, e.g. {@code check}. */
	String name();

	/** The arguments after the name, for the usage line, e.g. {@code FILE...}. */
	String synopsis();

	/** One line saying what the command does. */
	String summary();

	/** Further lines of help (options, exit codes); may be empty. */
	default List<String> details() {
		return List.of();
	}

	/**
	 * Runs the command.
	 *
	 * @param args     the arguments after the command name
	 * @param terminal where to write
	 * @return one of the {@link ExitCode} values
	 * @throws UsageException when the arguments are wrong
	 */
	int run(List<String> args, Terminal terminal) throws UsageException;
}
