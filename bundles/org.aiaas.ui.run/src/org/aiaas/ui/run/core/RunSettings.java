package org.aiaas.ui.run.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a launch of "AIaaS Scenario" asks for.
 *
 * @param scenarioFile the .aiaas file
 * @param variants     the variants to run by name; empty runs them all
 * @param replications replications per variant instead of the scenario's
 * @param seed         base seed instead of the scenario's
 * @param outputFolder where results.json, results.csv and report.html go
 */
public record RunSettings(Path scenarioFile, List<String> variants, OptionalInt replications, OptionalLong seed,
		Path outputFolder) {

	public RunSettings {
		Objects.requireNonNull(scenarioFile, "the scenario file");
		Objects.requireNonNull(outputFolder, "the output folder");
		variants = List.copyOf(variants);
	}

	/** "fcfs, sjf" → [fcfs, sjf]; blanks are dropped. */
	public static List<String> parseVariants(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
