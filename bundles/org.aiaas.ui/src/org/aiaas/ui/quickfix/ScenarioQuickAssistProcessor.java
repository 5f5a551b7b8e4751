package org.aiaas.ui.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.aiaas.dsl.quickfix.QuickFixes;
import org.aiaas.dsl.quickfix.TextFix;
import org.aiaas.ui.internal.Language;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Ctrl+1 in the editor: the fixes of the problems at the caret. Positions come from the editor's
 * annotations, which follow the text as it is typed, so a fix lands where the problem is now.
 */
public final class ScenarioQuickAssistProcessor implements IQuickAssistProcessor {

	private final Supplier<URI> resourceUri;
	private final Supplier<IAnnotationModel> annotations;

	public ScenarioQuickAssistProcessor(Supplier<URI> resourceUri, Supplier<IAnnotationModel> annotations) {
		this.resourceUri = resourceUri;
		this.annotations = annotations;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation marker && QuickFixes.isFixable(code(marker.getMarker()));
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IAnnotationModel model = annotations.get();
		IDocument document = context.getSourceViewer().getDocument();
		if (model == null || document == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (!canFix(annotation) || position == null || position.isDeleted()
					|| offset < position.getOffset() || offset > position.getOffset() + position.getLength()) {
				continue;
			}
			String code = code(((MarkerAnnotation) annotation).getMarker());
			for (TextFix fix : Language.get().fixes(document.get(), resourceUri.get(), code, position.getOffset(),
					position.getLength())) {
				proposals.add(new FixProposal(fix));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	static String code(IMarker marker) {
		return marker == null || !marker.exists() ? null : marker.getAttribute("code", null);
	}
}
