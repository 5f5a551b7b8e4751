package org.aiaas.cli.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.aiaas.cli.Command;
import org.aiaas.cli.ExitCode;
import org.aiaas.cli.Terminal;
import org.aiaas.cli.UsageException;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * {@code aiaas check FILE...}: parses and validates scenario files and prints one line per
 * problem, sorted by position, so that a terminal, an editor's error parser and CI all understand
 * it. All files go into one resource set, so files that import each other are checked together.
 */
public final class CheckCommand implements Command {

	private final Supplier<ScenarioLoader> loaderFactory;
	private final DiagnosticFormatter formatter = new DiagnosticFormatter();

	/** A check command that sets the language up on first use. */
	public CheckCommand() {
		this(ScenarioLoader::create);
	}

	/** A check command with a given way to obtain the loader (tests share one). */
	public CheckCommand(Supplier<ScenarioLoader> loaderFactory) {
		this.loaderFactory = loaderFactory;
	}

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String synopsis() {
		return "FILE...";
	}

	@Override
	public String summary() {
		return "parse and validate scenario files; print FILE:LINE:COLUMN: error|warning|info: message";
	}

	@Override
	public List<String> details() {
		return List.of("Exit 0 if no file has errors (warnings allowed), 1 if one has, 2 if a file cannot be read.",
				"Files larger than " + InputFile.SIZE_LIMIT_BYTES / 1048576 + " MB are refused. Use -- before file names that start with '-'.");
	}

	@Override
	public int run(List<String> args, Terminal terminal) throws UsageException {
		List<String> files = fileArguments(args);
		Map<String, List<Finding>> findings = new LinkedHashMap<>();
		Map<String, InputFile.Accepted> accepted = new LinkedHashMap<>();
		int exit = ExitCode.OK;
		for (String typed : files) {
			if (findings.containsKey(typed)) {
				continue; // named twice: check once
			}
			switch (InputFile.read(typed)) {
			case InputFile.Unreadable u -> {
				terminal.err().println("aiaas: error: " + typed + ": " + u.reason());
				exit = ExitCode.worst(exit, ExitCode.USAGE_OR_IO);
			}
			case InputFile.Rejected r -> findings.put(typed, new ArrayList<>(r.findings()));
			case InputFile.Accepted a -> {
				findings.put(typed, new ArrayList<>(a.findings()));
				accepted.put(typed, a);
			}
			}
		}
		if (!accepted.isEmpty()) {
			exit = ExitCode.worst(exit, parseAndValidate(accepted, findings, terminal));
		}
		return ExitCode.worst(exit, report((int) files.stream().distinct().count(), findings, terminal));
	}

	/** The file names, after rejecting unknown options; {@code --} ends the options. */
	private List<String> fileArguments(List<String> args) throws UsageException {
		List<String> files = new ArrayList<>();
		boolean optionsEnded = false;
		for (String arg : args) {
			if (!optionsEnded && arg.equals("--")) {
				optionsEnded = true;
			} else if (!optionsEnded && arg.startsWith("-") && arg.length() > 1) {
				throw new UsageException("check: unknown option '" + arg + "'");
			} else {
				files.add(arg);
			}
		}
		if (files.isEmpty()) {
			throw new UsageException("check: no files given (usage: aiaas check FILE...)");
		}
		return files;
	}

	/** Loads every accepted file into one resource set, then validates each; adds to {@code findings}. */
	private int parseAndValidate(Map<String, InputFile.Accepted> accepted, Map<String, List<Finding>> findings,
			Terminal terminal) {
		ScenarioLoader loader = loaderFactory.get();
		XtextResourceSet resourceSet = loader.newResourceSet();
		Map<String, XtextResource> resources = new LinkedHashMap<>();
		int exit = ExitCode.OK;
		for (var entry : accepted.entrySet()) {
			try {
				resources.put(entry.getKey(), loader.load(resourceSet, entry.getValue().path(), entry.getValue().text()));
			} catch (IOException e) {
				terminal.err().println("aiaas: error: " + entry.getKey() + ": cannot be read: " + e.getMessage());
				findings.remove(entry.getKey());
				exit = ExitCode.USAGE_OR_IO;
			}
		}
		resources.forEach((typed, resource) -> loader.validate(resource).stream()
				.map(formatter::toFinding)
				.flatMap(Optional::stream)
				.forEach(findings.get(typed)::add));
		return exit;
	}

	/** Prints the findings of each file sorted by position, and a summary line on stderr. */
	private int report(int named, Map<String, List<Finding>> findings, Terminal terminal) {
		int errors = 0;
		int warnings = 0;
		for (var entry : findings.entrySet()) {
			List<Finding> sorted = new ArrayList<>(entry.getValue());
			sorted.sort(Finding.BY_POSITION);
			for (Finding finding : sorted) {
				terminal.out().println(formatter.format(entry.getKey(), finding));
				switch (finding.severity()) {
				case ERROR -> errors++;
				case WARNING -> warnings++;
				case INFO -> { }
				}
			}
		}
		terminal.out().flush();
		int checked = findings.size();
		terminal.err().println(plural(checked, "file") + " checked"
				+ (checked < named ? " (" + (named - checked) + " not readable)" : "") + ": "
				+ plural(errors, "error") + ", " + plural(warnings, "warning"));
		return errors > 0 ? ExitCode.ERRORS : ExitCode.OK;
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
