package org.aiaas.cli.diagram;

import java.nio.file.Path;
import java.util.List;

import org.aiaas.cli.OptionValues;
import org.aiaas.cli.UsageException;

/**
 * The parsed command line of {@code aiaas diagram}.
 *
 * @param file    the scenario
 * @param svg     where to write SVG, or null
 * @param png     where to write PNG, or null
 * @param results a results.json to overlay, or null
 * @param variant the variant of the results to show, or null for the first
 * @param scale   PNG pixels per diagram unit
 */
record DiagramArguments(String file, Path svg, Path png, Path results, String variant, double scale) {

	private static final OptionValues OPTIONS = new OptionValues("diagram");

	static DiagramArguments parse(List<String> args) throws UsageException {
		String file = null;
		Path svg = null;
		Path png = null;
		Path results = null;
		String variant = null;
		double scale = 1;
		boolean optionsEnded = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
				if (file != null) {
					throw new UsageException("diagram: one scenario file at a time (got " + file + " and " + arg + ")");
				}
				file = arg;
				continue;
			}
			switch (arg) {
			case "--" -> optionsEnded = true;
			case "--svg" -> svg = Path.of(OPTIONS.value(args, ++i, arg));
			case "--png" -> png = Path.of(OPTIONS.value(args, ++i, arg));
			case "--results" -> results = Path.of(OPTIONS.value(args, ++i, arg));
			case "--variant" -> variant = OPTIONS.value(args, ++i, arg);
			case "--scale" -> scale = OPTIONS.number(OPTIONS.value(args, ++i, arg), arg, 1, 4);
			default -> throw new UsageException("diagram: unknown option '" + arg + "'");
			}
		}
		if (file == null) {
			throw new UsageException("diagram: no scenario file given (usage: aiaas diagram FILE --svg OUT.svg)");
		}
		if (svg == null && png == null) {
			throw new UsageException("diagram: say where to write it: --svg OUT.svg and/or --png OUT.png");
		}
		if (variant != null && results == null) {
			throw new UsageException("diagram: --variant picks a variant of --results FILE, which is missing");
		}
		return new DiagramArguments(file, svg, png, results, variant, scale);
	}
}
