package org.aiaas.ui.editor;

import org.aiaas.ui.internal.Language;
import org.aiaas.ui.quickfix.ScenarioQuickAssistProcessor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * Wires the language services into the text viewer: colours, reconciler, content assist, hover,
 * hyperlinks to declarations and quick fixes.
 */
final class ScenarioSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/** Milliseconds of quiet typing before the text is validated again. */
	private static final int RECONCILE_DELAY = 300;

	private final ScenarioEditor editor;
	private final ScenarioColours colours = new ScenarioColours();

	ScenarioSourceViewerConfiguration(ScenarioEditor editor) {
		super(EditorsUI.getPreferenceStore());
		this.editor = editor;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return ScenarioPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return ScenarioPartitions.TYPES;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(ScenarioPartitions.PARTITIONING);
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(
				new ScenarioTokenScanner(Language.get().keywords(), colours));
		reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		RuleBasedScanner commentScanner = new RuleBasedScanner();
		commentScanner.setDefaultReturnToken(colours.comment());
		DefaultDamagerRepairer comment = new DefaultDamagerRepairer(commentScanner);
		reconciler.setDamager(comment, ScenarioPartitions.COMMENT);
		reconciler.setRepairer(comment, ScenarioPartitions.COMMENT);
		return reconciler;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		MonoReconciler reconciler = new MonoReconciler(new ScenarioReconcilingStrategy(editor), false);
		reconciler.setDelay(RECONCILE_DELAY);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setDocumentPartitioning(ScenarioPartitions.PARTITIONING);
		assistant.setContentAssistProcessor(new ScenarioContentAssistProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		IHyperlinkDetector[] platform = super.getHyperlinkDetectors(sourceViewer);
		IHyperlinkDetector[] detectors = new IHyperlinkDetector[(platform == null ? 0 : platform.length) + 1];
		detectors[0] = new ScenarioHyperlinkDetector(editor);
		if (platform != null) {
			System.arraycopy(platform, 0, detectors, 1, platform.length);
		}
		return detectors;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new ScenarioQuickAssistProcessor(editor::resourceUri, editor::annotationModel));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "//", "" };
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new ScenarioTextHover(editor);
	}
}
