package org.aiaas.cli;

import java.util.List;

/**
 * Reads the values of a command's options with messages that name the command, the option and
 * the allowed range: "run: --replications must be 1 to 10000, got 0".
 */
public final class OptionValues {

	private final String command;

	/** Values of the options of {@code command} (for messages). */
	public OptionValues(String command) {
		this.command = command;
	}

	/** The argument at {@code index}, which must exist: the value of {@code option}. */
	public String value(List<String> args, int index, String option) throws UsageException {
		if (index >= args.size()) {
			throw new UsageException(command + ": " + option + " needs a value");
		}
		return args.get(index);
	}

	/** A whole number in [min, max]. */
	public long number(String text, String option, long min, long max) throws UsageException {
		long value;
		try {
			value = Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new UsageException(command + ": " + option + " needs a whole number, got '" + text + "'");
		}
		if (value < min || value > max) {
			throw new UsageException(command + ": " + option + " must be " + min + " to " + max + ", got " + value);
		}
		return value;
	}
}
