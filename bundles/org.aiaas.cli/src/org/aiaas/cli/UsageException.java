package org.aiaas.cli;

/**
 * The command line was used wrongly. {@link Main} prints the message on one line, points to
 * {@code --help} and exits with {@link ExitCode#USAGE_OR_IO}; no stack trace, since the user needs
 * none.
 */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
