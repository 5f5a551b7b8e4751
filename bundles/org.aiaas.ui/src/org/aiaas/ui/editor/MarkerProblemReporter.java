package org.aiaas.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * Problem markers on the edited file: the editor shows them as annotations and the Problems view
 * lists them. They are the validator's issues for the text as typed, saved or not.
 */
public final class MarkerProblemReporter implements ProblemReporter {

	/** The marker type of scenario problems (a problem and text marker, see plugin.xml). */
	public static final String MARKER_TYPE = "org.aiaas.ui.problem";

	private final IFile file;

	public MarkerProblemReporter(IFile file) {
		this.file = file;
	}

	@Override
	public void report(List<Issue> issues) {
		if (!file.exists()) {
			return;
		}
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> replaceMarkers(issues), null, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			ILog.of(MarkerProblemReporter.class).log(e.getStatus());
		}
	}

	private void replaceMarkers(List<Issue> issues) throws CoreException {
		file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			file.createMarker(MARKER_TYPE, attributes(issue));
		}
	}

	static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		});
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			attributes.put("code", issue.getCode());
		}
		return attributes;
	}
}
