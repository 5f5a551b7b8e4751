package org.aiaas.cli.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in one input file, at a 1-based line and column: either from the pre-check of the
 * file ({@link InputFile}) or from Xtext's parser, linker and validator. One type for both, so
 * they are sorted and printed alike.
 *
 * @param severity how bad it is
 * @param line     1-based line
 * @param column   1-based column
 * @param message  what is wrong, on one line
 */
public record Finding(Severity severity, int line, int column, String message) {

	/** The order in which findings of one file are printed: by line, then by column. */
	public static final Comparator<Finding> BY_POSITION = Comparator.comparingInt(Finding::line)
			.thenComparingInt(Finding::column);

	/** Severities as printed: {@code error}, {@code warning}, {@code info}. */
	public enum Severity {
		ERROR("error"), WARNING("warning"), INFO("info");

		private final String label;

		Severity(String label) {
			this.label = label;
		}

		/** The word printed in the diagnostic line. */
		public String label() {
			return label;
		}
	}

	public Finding {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
		line = Math.max(1, line);
		column = Math.max(1, column);
	}

	/** An error at line 1, column 1: for problems of the file as a whole. */
	public static Finding fileError(String message) {
		return new Finding(Severity.ERROR, 1, 1, message);
	}
}
