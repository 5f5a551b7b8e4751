package org.aiaas.ui.run.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aiaas.cli.check.DiagnosticFormatter;
import org.aiaas.cli.check.Finding;
import org.aiaas.cli.check.InputFile;
import org.aiaas.cli.check.ScenarioLoader;
import org.aiaas.model.Scenario;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Reads a scenario file for a run exactly as {@code aiaas check} does (the same pre-checks of the
 * file, parser, linker and validators): a file with errors is refused with one
 * "FILE:LINE:COLUMN: error: message" line per error.
 */
public final class ScenarioFiles {

	private static ScenarioLoader loader;

	private ScenarioFiles() {
	}

	/**
	 * @param file  the scenario file
	 * @param shown how the file is named in messages (e.g. its workspace path)
	 * @throws ScenarioErrors when the file cannot be read or has errors
	 */
	public static synchronized Scenario load(Path file, String shown) throws ScenarioErrors {
		DiagnosticFormatter formatter = new DiagnosticFormatter();
		List<Finding> findings = new ArrayList<>();
		switch (InputFile.read(file.toString())) {
		case InputFile.Unreadable u -> throw new ScenarioErrors(shown + ": " + u.reason());
		case InputFile.Rejected r -> findings.addAll(r.findings());
		case InputFile.Accepted a -> {
			findings.addAll(a.findings());
			XtextResource resource = parse(a, shown);
			loader().validate(resource).stream().map(formatter::toFinding).flatMap(Optional::stream)
					.forEach(findings::add);
			List<String> errors = errors(findings, shown, formatter);
			if (errors.isEmpty()) {
				return (Scenario) resource.getContents().get(0);
			}
			throw new ScenarioErrors(errors);
		}
		}
		throw new ScenarioErrors(errors(findings, shown, formatter));
	}

	private static XtextResource parse(InputFile.Accepted accepted, String shown) throws ScenarioErrors {
		XtextResourceSet resourceSet = loader().newResourceSet();
		try {
			return loader().load(resourceSet, accepted.path(), accepted.text());
		} catch (IOException e) {
			throw new ScenarioErrors(shown + ": cannot be read: " + e.getMessage());
		}
	}

	private static List<String> errors(List<Finding> findings, String shown, DiagnosticFormatter formatter) {
		return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).sorted(Finding.BY_POSITION)
				.map(f -> formatter.format(shown, f)).toList();
	}

	/** The language, set up on first use (the Guice injector takes a moment). */
	private static ScenarioLoader loader() {
		if (loader == null) {
			loader = ScenarioLoader.create();
		}
		return loader;
	}
}
