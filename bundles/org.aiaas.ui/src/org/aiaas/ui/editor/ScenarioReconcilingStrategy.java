package org.aiaas.ui.editor;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.aiaas.ui.internal.Language;
import org.aiaas.ui.internal.Language.Analysis;
import org.aiaas.ui.outline.OutlineBuilder;
import org.aiaas.ui.outline.OutlineItem;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.ITextRegion;

/**
 * Validates the whole text in the reconciler's thread after a pause in typing, and shows the
 * issues, the outline and the references in their own colour. The language is small and a scenario is a few hundred lines, so a full parse is simpler
 * than an incremental one and fast enough (the time is kept for the editor's figures).
 */
final class ScenarioReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final ScenarioEditor editor;
	private IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();

	ScenarioReconcilingStrategy(ScenarioEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor == null ? new NullProgressMonitor() : monitor;
	}

	@Override
	public void initialReconcile() {
		validate();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		validate();
	}

	@Override
	public void reconcile(IRegion partition) {
		validate();
	}

	private void validate() {
		if (document == null) {
			return;
		}
		long start = System.nanoTime();
		// Read before the text: if the text changes in between, the stamp is already stale and the
		// references found are not shown (another reconcile follows that change).
		long stamp = document instanceof IDocumentExtension4 d4 ? d4.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		Analysis analysis;
		List<ITextRegion> references;
		try {
			analysis = Language.get().analyse(document.get(), editor.resourceUri(), monitor::isCanceled);
			references = Language.get().referenceRegions(analysis.resource());
		} catch (OperationCanceledError | OperationCanceledException e) {
			// Typing went on during validation: the reconciler starts over with the new text. Not
			// catching it would end the reconciler's thread and with it validation while typing.
			return;
		}
		if (monitor.isCanceled()) {
			return;
		}
		editor.problemReporter().report(analysis.issues());
		Optional<OutlineItem> outline = new OutlineBuilder(Language.get()).build(analysis.resource());
		editor.reconciled(Duration.ofNanos(System.nanoTime() - start), outline.orElse(null), document, stamp,
				references);
	}
}
