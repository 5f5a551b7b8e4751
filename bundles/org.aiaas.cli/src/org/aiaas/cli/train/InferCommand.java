package org.aiaas.cli.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.aiaas.cli.Command;
import org.aiaas.cli.ExitCode;
import org.aiaas.cli.Terminal;
import org.aiaas.cli.UsageException;
import org.aiaas.train.api.Explanation;
import org.aiaas.train.api.ModelFile;
import org.aiaas.train.api.TrainedModel;
import org.aiaas.train.data.CsvFormatException;

/**
 * {@code aiaas infer MODEL INPUT.csv}: the inference pipeline of a model saved by
 * {@code aiaas train} — the saved normalisation, the prediction, and an explanation: class
 * probabilities and, per feature, how much the prediction falls when that feature is replaced by
 * its training mean.
 */
public final class InferCommand implements Command {

	@Override
	public String name() {
		return "infer";
	}

	@Override
	public String synopsis() {
		return "MODEL INPUT.csv";
	}

	@Override
	public String summary() {
		return "predict with a model saved by 'train', explaining each prediction";
	}

	@Override
	public List<String> details() {
		return List.of("INPUT.csv has a header naming the model's features (other columns are ignored).",
				"Prints one line per row: the prediction, class probabilities, and per-feature contributions.");
	}

	@Override
	public int run(List<String> args, Terminal terminal) throws UsageException {
		if (args.size() != 2 || args.stream().anyMatch(a -> a.startsWith("-"))) {
			throw new UsageException("infer: usage: aiaas infer MODEL INPUT.csv");
		}
		Path modelFile = Path.of(args.get(0));
		if (!Files.isRegularFile(modelFile)) {
			terminal.err().println("aiaas: infer: " + modelFile + ": no such model file (write one with 'aiaas train')");
			return ExitCode.USAGE_OR_IO;
		}
		TrainedModel model;
		try {
			model = ModelFile.read(modelFile);
		} catch (IOException | RuntimeException e) {
			terminal.err().println("aiaas: infer: " + modelFile + ": not a model saved by 'aiaas train': " + e.getMessage());
			return ExitCode.USAGE_OR_IO;
		}
		double[][] rows;
		try {
			rows = org.aiaas.train.data.CsvReader.readFeatures(Path.of(args.get(1)), model.featureNames());
		} catch (CsvFormatException e) {
			terminal.err().println(e.getMessage());
			return ExitCode.ERRORS;
		}
		print(model, rows, Explanation.of(model, rows), terminal.out());
		return ExitCode.OK;
	}

	private static void print(TrainedModel model, double[][] rows, Explanation[] explanations, PrintStream out) {
		for (int r = 0; r < rows.length; r++) {
			Explanation e = explanations[r];
			StringBuilder line = new StringBuilder("row ").append(r + 1).append(": ");
			if (e.predictedClass() >= 0) {
				line.append("class ").append(e.predictedClass()).append(" (p =");
				for (double p : e.outputs()) {
					line.append(String.format(Locale.ROOT, " %.3f", p));
				}
				line.append(")");
			} else {
				line.append(String.format(Locale.ROOT, "value %.6g", e.outputs()[0]));
			}
			line.append("; contributions:");
			for (int f = 0; f < e.contributions().length; f++) {
				line.append(String.format(Locale.ROOT, " %s %+.3f", model.featureNames().get(f), e.contributions()[f]));
			}
			out.println(line);
		}
	}
}
