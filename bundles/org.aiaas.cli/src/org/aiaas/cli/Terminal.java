package org.aiaas.cli;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where a command writes: results to {@code out}, problems of the tool and summaries to
 * {@code err}. Passed in rather than using {@code System.out} so tests can capture both.
 *
 * @param out   results, one line each, meant to be read by people and by editors/CI
 * @param err   usage errors, I/O problems, summaries and progress
 * @param debug whether to print stack traces of internal errors ({@code AIAAS_DEBUG=1})
 */
public record Terminal(PrintStream out, PrintStream err, boolean debug) {

	public Terminal {
		Objects.requireNonNull(out, "the output stream");
		Objects.requireNonNull(err, "the error stream");
	}

	/** The process's own streams; debugging on when the environment has {@code AIAAS_DEBUG=1}. */
	public static Terminal system() {
		return new Terminal(System.out, System.err, "1".equals(System.getenv("AIAAS_DEBUG")));
	}
}
