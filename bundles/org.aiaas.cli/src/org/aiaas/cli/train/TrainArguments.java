package org.aiaas.cli.train;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.aiaas.cli.UsageException;

/** The parsed command line of {@code train}. */
record TrainArguments(String file, Path outputFolder, String job, OptionalLong seed, OptionalInt epochs) {

	static TrainArguments parse(List<String> args) throws UsageException {
		String file = null;
		Path out = null;
		String job = null;
		OptionalLong seed = OptionalLong.empty();
		OptionalInt epochs = OptionalInt.empty();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--out" -> out = Path.of(value(args, ++i, arg));
			case "--job" -> job = value(args, ++i, arg);
			case "--seed" -> seed = OptionalLong.of(number(value(args, ++i, arg), arg, Long.MIN_VALUE, Long.MAX_VALUE));
			case "--epochs" -> epochs = OptionalInt.of((int) number(value(args, ++i, arg), arg, 1, 1_000_000));
			default -> {
				if (arg.startsWith("-")) {
					throw new UsageException("train: unknown option '" + arg + "'");
				}
				if (file != null) {
					throw new UsageException("train: one scenario file at a time (got " + file + " and " + arg + ")");
				}
				file = arg;
			}
			}
		}
		if (file == null) {
			throw new UsageException("train: no scenario file given (usage: aiaas train FILE)");
		}
		if (out == null) {
			out = Path.of("out", Path.of(file).getFileName().toString().replaceFirst("\\.aiaas$", ""));
		}
		return new TrainArguments(file, out, job, seed, epochs);
	}

	private static String value(List<String> args, int index, String option) throws UsageException {
		if (index >= args.size()) {
			throw new UsageException("train: " + option + " needs a value");
		}
		return args.get(index);
	}

	private static long number(String text, String option, long min, long max) throws UsageException {
		long value;
		try {
			value = Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new UsageException("train: " + option + " needs a whole number, got '" + text + "'");
		}
		if (value < min || value > max) {
			throw new UsageException("train: " + option + " must be " + min + " to " + max + ", got " + value);
		}
		return value;
	}
}
