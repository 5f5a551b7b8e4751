package org.aiaas.ui.editor;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.aiaas.ui.outline.OutlineItem;
import org.aiaas.ui.outline.ScenarioOutlinePage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.util.ITextRegion;

/**
 * The editor of .aiaas scenarios: the platform's text editor, coloured (lexically, and references
 * to declared elements after each validation), validated while typing,
 * with content assist, templates, hover, go to definition, outline, format, quick fixes, toggle
 * comment and bracket matching from the language's UI-free services.
 */
public class ScenarioEditor extends TextEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = "org.aiaas.ui.editor.ScenarioEditor";
	/** The key binding context of the editor's commands (F3, Ctrl+Shift+F, Ctrl+/). */
	public static final String CONTEXT = "org.aiaas.ui.scenarioEditorScope";

	private static final String MATCHING_BRACKETS = "org.aiaas.ui.matchingBrackets";
	private static final String MATCHING_BRACKETS_COLOUR = "org.aiaas.ui.matchingBracketsColor";

	private volatile Duration lastReconcile = Duration.ZERO;
	private final AtomicInteger reconciles = new AtomicInteger();
	private volatile OutlineItem outline;
	private ScenarioOutlinePage outlinePage;
	private ReferenceHighlighter references;

	public ScenarioEditor() {
		setSourceViewerConfiguration(new ScenarioSourceViewerConfiguration(this));
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		PreferenceStore defaults = new PreferenceStore();
		defaults.setDefault(MATCHING_BRACKETS, true);
		defaults.setDefault(MATCHING_BRACKETS_COLOUR, "128,128,128");
		setPreferenceStore(new ChainedPreferenceStore(new IPreferenceStore[] { getPreferenceStore(), defaults }));
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		references = new ReferenceHighlighter(getSourceViewer());
		if (getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(event -> {
				if (outlinePage != null && event.getSelection() instanceof ITextSelection text) {
					outlinePage.followCaret(text.getOffset());
				}
			});
		}
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
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
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(
				new DefaultCharacterPairMatcher(new char[] { '{', '}' }, ScenarioPartitions.PARTITIONING));
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOUR);
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	protected void createActions() {
		super.createActions();
		IAction assist = new ContentAssistAction(Messages.BUNDLE, "ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
		setAction("Format", new FormatAction(this));
		setAction("ToggleComment", new ToggleCommentAction(this));
		setAction("OpenDeclaration", new OpenDeclarationAction(this));
		markAsStateDependentAction("Format", true);
		markAsStateDependentAction("ToggleComment", true);
	}

	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		menu.appendToGroup(ITextEditorActionConstants.GROUP_EDIT, getAction("OpenDeclaration"));
		MenuManager source = new MenuManager("&Source", "org.aiaas.ui.source");
		source.add(getAction("Format"));
		source.add(getAction("ToggleComment"));
		menu.appendToGroup(ITextEditorActionConstants.GROUP_EDIT, source);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			return adapter.cast(outlinePage());
		}
		return super.getAdapter(adapter);
	}

	/** The Outline view's page of this editor (made on first use). */
	public ScenarioOutlinePage outlinePage() {
		if (outlinePage == null) {
			outlinePage = new ScenarioOutlinePage((offset, length) -> selectAndReveal(offset, length));
			outlinePage.update(outline);
		}
		return outlinePage;
	}

	@Override
	public void dispose() {
		outlinePage = null;
		if (references != null) {
			references.dispose();
			references = null;
		}
		super.dispose();
	}

	/** The text being edited (null before the editor has an input). */
	IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	/** The URI the text is parsed as, so that imports resolve next to the file. */
	public URI resourceUri() {
		IEditorInput input = getEditorInput();
		if (input instanceof IFileEditorInput fileInput) {
			return URI.createPlatformResourceURI(fileInput.getFile().getFullPath().toString(), true);
		}
		if (input instanceof LibraryEditorInput library) {
			return library.uri();
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
		IAnnotationModel model = annotationModel();
		return model == null ? issues -> { } : new AnnotationProblemReporter(model);
	}

	/** The annotations shown on the text (problem markers among them). */
	public IAnnotationModel annotationModel() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(getEditorInput());
	}

	/** The workspace file being edited, if it is one. */
	public Optional<IFile> file() {
		return getEditorInput() instanceof IFileEditorInput fileInput ? Optional.of(fileInput.getFile()) : Optional.empty();
	}

	/** How long the last validation while typing took (parse, link, validate, report, outline). */
	public Duration lastReconcile() {
		return lastReconcile;
	}

	/** How many validations while typing have finished since the editor opened. */
	public int reconcileCount() {
		return reconciles.get();
	}

	/** The outline of the last validated text (null before the first one, or without a scenario). */
	public OutlineItem outline() {
		return outline;
	}

	void reconciled(Duration took, OutlineItem newOutline, IDocument parsed, long stamp,
			List<ITextRegion> referenceRegions) {
		outline = newOutline;
		lastReconcile = took;
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (outlinePage != null) {
					outlinePage.update(outline);
				}
				if (references != null) {
					references.show(parsed, stamp, referenceRegions);
				}
			});
		}
		reconciles.incrementAndGet();
	}
}
