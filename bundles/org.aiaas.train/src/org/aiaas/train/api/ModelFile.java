package org.aiaas.train.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.aiaas.train.data.Normalizer;
import org.aiaas.train.nn.Activation;
import org.aiaas.train.nn.DenseLayer;
import org.aiaas.train.nn.Loss;
import org.aiaas.train.nn.NeuralNetwork;
import org.aiaas.train.nn.Nd4jRuntime;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Saves and loads a {@link TrainedModel} as a small text file (one keyword per line, numbers in
 * Java's shortest round-trip notation, so a reload gives bit-identical weights). Text rather than a
 * binary ND4J dump: readable, diffable, and independent of the ND4J version.
 */
public final class ModelFile {

	private static final String MAGIC = "aiaas-model 1";

	private ModelFile() {
	}

	public static void write(TrainedModel model, Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(MAGIC);
		lines.add("loss " + model.network().lossFunction().name().toLowerCase(Locale.ROOT));
		lines.add("classes " + model.classes());
		lines.add("features\t" + String.join("\t", model.featureNames()));
		lines.add("mean " + numbers(model.normalizer().mean()));
		lines.add("scale " + numbers(model.normalizer().scale()));
		for (DenseLayer layer : model.network().layers()) {
			lines.add("layer " + layer.inputs() + " " + layer.units() + " "
					+ layer.activation().name().toLowerCase(Locale.ROOT));
			lines.add("w " + numbers(layer.weights().dup('c').data().asDouble()));
			lines.add("b " + numbers(layer.bias().dup('c').data().asDouble()));
		}
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

	/** Reads a model written by {@link #write}; a damaged file gives an IOException naming the line. */
	public static TrainedModel read(Path file) throws IOException {
		Nd4jRuntime.ensureStarted();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
			throw new IOException(file + ":1: not an aiaas model file (expected '" + MAGIC + "')");
		}
		try {
			Loss loss = Loss.valueOf(value(lines, 1, "loss").toUpperCase(Locale.ROOT));
			int classes = Integer.parseInt(value(lines, 2, "classes"));
			List<String> features = Arrays.asList(lines.get(3).split("\t")).subList(1, lines.get(3).split("\t").length);
			Normalizer normalizer = new Normalizer(parse(value(lines, 4, "mean")), parse(value(lines, 5, "scale")));
			List<DenseLayer> layers = new ArrayList<>();
			for (int i = 6; i + 2 < lines.size() && lines.get(i).startsWith("layer "); i += 3) {
				String[] spec = value(lines, i, "layer").split(" ");
				int inputs = Integer.parseInt(spec[0]);
				int units = Integer.parseInt(spec[1]);
				Activation activation = Activation.valueOf(spec[2].toUpperCase(Locale.ROOT));
				double[] w = parse(value(lines, i + 1, "w"));
				double[] b = parse(value(lines, i + 2, "b"));
				layers.add(new DenseLayer(Nd4j.create(w, new long[] { inputs, units }, 'c'),
						Nd4j.create(b, new long[] { 1, units }, 'c'), activation));
			}
			return new TrainedModel(new NeuralNetwork(layers, loss), normalizer, features, classes);
		} catch (RuntimeException e) {
			throw new IOException(file + ": damaged model file: " + e.getMessage(), e);
		}
	}

	private static String value(List<String> lines, int index, String key) throws IOException {
		if (index >= lines.size() || !lines.get(index).startsWith(key + " ")) {
			throw new IOException("line " + (index + 1) + ": expected '" + key + " …'");
		}
		return lines.get(index).substring(key.length() + 1);
	}

	private static String numbers(double[] values) {
		StringBuilder text = new StringBuilder();
		for (double v : values) {
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(v);
		}
		return text.toString();
	}

	private static double[] parse(String text) {
		return text.isBlank() ? new double[0] : Arrays.stream(text.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
	}
}
