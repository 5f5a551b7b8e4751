package org.aiaas.cli.check;

import java.util.Optional;

import org.eclipse.xtext.validation.Issue;

/**
 * Turns findings into the one-line form that compilers use and editors and CI understand:
 * {@code FILE:LINE:COLUMN: error|warning|info: message}, with FILE exactly as the user typed it.
 */
public final class DiagnosticFormatter {

	/** The line for one finding in the file the user named {@code typedFile}. */
	public String format(String typedFile, Finding finding) {
		return typedFile + ":" + finding.line() + ":" + finding.column() + ": " + finding.severity().label() + ": "
				+ oneLine(finding.message());
	}

	/**
	 * The finding for an Xtext issue; empty for issues that are to be ignored (severity IGNORE).
	 * Xtext's line and column are 1-based already; issues without a position go to 1:1.
	 */
	public Optional<Finding> toFinding(Issue issue) {
		Finding.Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Finding.Severity.ERROR;
		case WARNING -> Finding.Severity.WARNING;
		case INFO -> Finding.Severity.INFO;
		case IGNORE -> null;
		};
		if (severity == null) {
			return Optional.empty();
		}
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		String message = issue.getMessage() == null ? "(no message)" : issue.getMessage();
		return Optional.of(new Finding(severity, line, column, message));
	}

	/** Messages with line breaks (some parser messages have them) would break the one-line format. */
	static String oneLine(String message) {
		return message.strip().replaceAll("\\s*\\R\\s*", " ");
	}
}
