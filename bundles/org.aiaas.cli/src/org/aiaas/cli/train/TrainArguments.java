package org.aiaas.cli.train;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.aiaas.cli.OptionValues;
import org.aiaas.cli.UsageException;

/** The parsed command line of {@code train}. */
record TrainArguments(String file, Path outputFolder, String job, OptionalLong seed, OptionalInt epochs) {

	private static final OptionValues OPTIONS = new OptionValues("train");

	static TrainArguments parse(List<String> args) throws UsageException {
		String file = null;
		Path out = null;
		String job = null;
		OptionalLong seed = OptionalLong.empty();
		OptionalInt epochs = OptionalInt.empty();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--out" -> out = Path.of(OPTIONS.value(args, ++i, arg));
			case "--job" -> job = OPTIONS.value(args, ++i, arg);
			case "--seed" -> seed = OptionalLong.of(OPTIONS.number(OPTIONS.value(args, ++i, arg), arg, Long.MIN_VALUE, Long.MAX_VALUE));
			case "--epochs" -> epochs = OptionalInt.of((int) OPTIONS.number(OPTIONS.value(args, ++i, arg), arg, 1, 1_000_000));
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


}
