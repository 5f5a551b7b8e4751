package org.aiaas.cli;

/**
 * The exit codes of the {@code aiaas} command, so that scripts and CI can tell "the scenario is
 * wrong" apart from "the tool could not do its job".
 */
public final class ExitCode {

	/** Everything checked; no errors (warnings are allowed). */
	public static final int OK = 0;

	/** At least one input has an error: a syntax, linking or validation error, or unusable content. */
	public static final int ERRORS = 1;

	/**
	 * The command was used wrongly (unknown command or option, missing argument), an input could
	 * not be read at all, or the tool failed internally.
	 */
	public static final int USAGE_OR_IO = 2;

	private ExitCode() {
	}

	/** The more severe of two exit codes, so that one failing file is not hidden by a later good one. */
	public static int worst(int a, int b) {
		return Math.max(a, b);
	}
}
