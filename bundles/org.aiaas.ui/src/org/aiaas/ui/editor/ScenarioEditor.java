package org.aiaas.ui.editor;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

/**
 * The editor of .aiaas scenarios: the platform's text editor, coloured, validated while typing,
 * with content assist and hover from the language's UI-free services.
 */
public class ScenarioEditor extends TextEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = "org.aiaas.ui.editor.ScenarioEditor";

	private volatile Duration lastReconcile = Duration.ZERO;
	private final AtomicInteger reconciles = new AtomicInteger();

	public ScenarioEditor() {
		setSourceViewerConfiguration(new ScenarioSourceViewerConfiguration(this));
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		IDocument document = getDocumentProvider().getDocument(input);
		if (document != null) {
			ScenarioPartitions.install(document);
		}
	}

	@Override
	protected void createActions() {
		super.createActions();
		IAction assist = new ContentAssistAction(Messages.BUNDLE, "ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
	}

	/** The text being edited (null before the editor has an input). */
	IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	/** The URI the text is parsed as, so that imports resolve next to the file. */
	URI resourceUri() {
		IEditorInput input = getEditorInput();
		if (input instanceof IFileEditorInput fileInput) {
			return URI.createPlatformResourceURI(fileInput.getFile().getFullPath().toString(), true);
		}
		if (input instanceof IURIEditorInput uriInput && uriInput.getURI() != null) {
			return URI.createURI(uriInput.getURI().toString());
		}
		return URI.createURI("memory:/" + (input == null ? "scenario" : input.getName()));
	}

	/** Where problems go: markers on a workspace file (Problems view), else annotations. */
	ProblemReporter problemReporter() {
		IEditorInput input = getEditorInput();
		if (input instanceof IFileEditorInput fileInput) {
			return new MarkerProblemReporter(fileInput.getFile());
		}
		IAnnotationModel model = getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(input);
		return model == null ? issues -> { } : new AnnotationProblemReporter(model);
	}

	/** The workspace file being edited, if it is one. */
	public Optional<IFile> file() {
		return getEditorInput() instanceof IFileEditorInput fileInput ? Optional.of(fileInput.getFile()) : Optional.empty();
	}

	/** How long the last validation while typing took (parse, link, validate, report). */
	public Duration lastReconcile() {
		return lastReconcile;
	}

	/** How many validations while typing have finished since the editor opened. */
	public int reconcileCount() {
		return reconciles.get();
	}

	void reconciled(Duration took) {
		lastReconcile = took;
		reconciles.incrementAndGet();
	}
}
