package org.aiaas.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.validation.Issue;

/** Problems of a file outside the workspace: annotations in the editor only (no Problems view). */
final class AnnotationProblemReporter implements ProblemReporter {

	private static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	private static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	private static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	/** The annotations this reporter added last time, per annotation model. */
	private static final Map<IAnnotationModel, List<Annotation>> SHOWN = new java.util.WeakHashMap<>();

	private final IAnnotationModel model;

	AnnotationProblemReporter(IAnnotationModel model) {
		this.model = model;
	}

	@Override
	public void report(List<Issue> issues) {
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			String type = switch (issue.getSeverity()) {
				case ERROR -> ERROR;
				case WARNING -> WARNING;
				default -> INFO;
			};
			int offset = issue.getOffset() == null ? 0 : issue.getOffset();
			int length = issue.getLength() == null ? 0 : issue.getLength();
			added.put(new Annotation(type, false, issue.getMessage()), new Position(offset, length));
		}
		synchronized (SHOWN) {
			List<Annotation> old = SHOWN.getOrDefault(model, List.of());
			if (model instanceof IAnnotationModelExtension extension) {
				extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
			} else {
				old.forEach(model::removeAnnotation);
				added.forEach(model::addAnnotation);
			}
			SHOWN.put(model, new ArrayList<>(added.keySet()));
		}
	}
}
