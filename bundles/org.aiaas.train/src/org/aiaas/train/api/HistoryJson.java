package org.aiaas.train.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a training history as JSON: loss and accuracy per epoch, the kept epoch, why training
 * stopped and the test scores. Figures that do not exist (accuracy of a regression) are null.
 */
public final class HistoryJson {

	private HistoryJson() {
	}

	public static String toJson(String job, TrainingHistory history) {
		StringBuilder json = new StringBuilder();
		json.append("{\n  \"job\": ").append(string(job)).append(",\n  \"epochs\": [");
		String separator = "\n";
		for (EpochResult e : history.epochs()) {
			json.append(separator).append("    {\"epoch\": ").append(e.epoch()).append(", \"trainLoss\": ")
					.append(number(e.trainLoss())).append(", \"trainAccuracy\": ").append(number(e.trainAccuracy()))
					.append(", \"validationLoss\": ").append(number(e.validationLoss()))
					.append(", \"validationAccuracy\": ").append(number(e.validationAccuracy()))
					.append(", \"seconds\": ").append(number(e.seconds())).append('}');
			separator = ",\n";
		}
		json.append("\n  ],\n  \"bestEpoch\": ").append(history.bestEpoch()).append(",\n  \"stopReason\": ")
				.append(string(history.stopReason())).append(",\n  \"test\": {\"loss\": ")
				.append(number(history.testLoss())).append(", \"accuracy\": ").append(number(history.testAccuracy()))
				.append("}\n}\n");
		return json.toString();
	}

	public static void write(String job, TrainingHistory history, Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(file, toJson(job, history), StandardCharsets.UTF_8);
	}

	private static String number(double value) {
		return Double.isFinite(value) ? Double.toString(value) : "null";
	}

	private static String string(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
