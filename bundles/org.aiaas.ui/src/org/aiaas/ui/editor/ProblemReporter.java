package org.aiaas.ui.editor;

import java.util.List;

import org.eclipse.xtext.validation.Issue;

/** Shows the issues of the latest validation, replacing those shown before. */
@FunctionalInterface
public interface ProblemReporter {

	void report(List<Issue> issues);
}
