package org.aiaas.ui.run.core;

import java.util.List;

/**
 * A scenario that cannot be run: each line names the file, and where the language found the
 * problem its line and column ("mm1.aiaas:12:5: error: unknown node 'srv'"), as {@code aiaas check}
 * prints them. Never carries a stack trace for the user.
 */
public final class ScenarioErrors extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> lines;

	public ScenarioErrors(List<String> lines) {
		super(String.join("\n", lines));
		this.lines = List.copyOf(lines);
	}

	public ScenarioErrors(String line) {
		this(List.of(line));
	}

	/** One problem per line, in file order. */
	public List<String> lines() {
		return lines;
	}
}
