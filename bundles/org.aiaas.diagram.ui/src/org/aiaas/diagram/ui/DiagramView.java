package org.aiaas.diagram.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramElement;
import org.aiaas.diagram.layout.DiagramLayout;
import org.aiaas.diagram.render.DiagramPainter;
import org.aiaas.diagram.render.SvgWriter;
import org.aiaas.diagram.viewpoint.TopologyDiagram;
import org.aiaas.model.Scenario;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The topology diagram of the active scenario editor: redrawn 300 ms after the text stops
 * changing (parse, viewpoint, ELK layout in a background job), with zoom, pan and selection that
 * selects the element's text in the editor and shows its properties (and the caret in the editor
 * selects the element it is in); exports SVG and PNG.
 */
public final class DiagramView extends ViewPart {

	public static final String ID = "org.aiaas.diagram.ui.DiagramView";
	static final long REFRESH_DELAY_MS = 300;

	private DiagramCanvas canvas;
	private ITextEditor editor;
	private IDocument document;
	private volatile String pendingText = "";
	private volatile URI pendingUri;
	private final AtomicInteger refreshes = new AtomicInteger();
	private final ViewSelectionProvider selectionProvider = new ViewSelectionProvider();
	private final Job refreshJob = new RefreshJob();
	/** True while the editor's caret selects a diagram element, so that the editor is not moved back. */
	private boolean followingEditor;
	private final ISelectionChangedListener editorSelectionListener = event -> {
		if (event.getSelection() instanceof ITextSelection text) {
			followEditor(text.getOffset());
		}
	};
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			scheduleRefresh(REFRESH_DELAY_MS);
		}
	};
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			track(reference.getPart(false));
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference reference) {
			track(reference.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (editor != null && reference.getPart(false) == editor) {
				untrack();
				canvas.setDiagram(null);
				setContentDescription("Open a scenario (.aiaas) to see its diagram.");
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		canvas = new DiagramCanvas(parent);
		canvas.addSelectionListener(this::selected);
		getSite().setSelectionProvider(selectionProvider);
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		getSite().getPage().addPartListener(partListener);
		setContentDescription("Open a scenario (.aiaas) to see its diagram.");
		track(getSite().getPage().getActiveEditor());
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		untrack();
		refreshJob.cancel();
		super.dispose();
	}

	/** The diagram shown (null before the first refresh). */
	public Diagram diagram() {
		return canvas.diagram();
	}

	/** How many refreshes have reached the canvas. */
	public int refreshCount() {
		return refreshes.get();
	}

	/** Selects an element as a click would: the editor selects its text, the Properties view shows it. */
	public void select(DiagramElement element) {
		canvas.select(element);
	}

	/** The canvas's zoom factor (1 = 100 %). */
	public double zoom() {
		return canvas.zoom();
	}

	/** Zooms so that the whole diagram fits the view, as the Fit button does. */
	public void fit() {
		canvas.fit();
	}

	/** Changes the zoom as the toolbar buttons do. */
	public void zoomBy(double factor) {
		canvas.zoomBy(factor, canvas.getClientArea().width / 2, canvas.getClientArea().height / 2);
	}

	private void track(IWorkbenchPart part) {
		ITextEditor text = part instanceof IEditorPart editorPart ? editorPart.getAdapter(ITextEditor.class) : null;
		if (text == null || text == editor || text.getEditorInput() == null
				|| !text.getEditorInput().getName().endsWith(".aiaas")) {
			return;
		}
		untrack();
		editor = text;
		editor.getSelectionProvider().addSelectionChangedListener(editorSelectionListener);
		document = text.getDocumentProvider().getDocument(text.getEditorInput());
		if (document != null) {
			document.addDocumentListener(documentListener);
		}
		setContentDescription(text.getEditorInput().getName());
		scheduleRefresh(0);
	}

	private void untrack() {
		if (editor != null && editor.getSelectionProvider() != null) {
			editor.getSelectionProvider().removeSelectionChangedListener(editorSelectionListener);
		}
		if (document != null) {
			document.removeDocumentListener(documentListener);
		}
		document = null;
		editor = null;
	}

	/** Takes the text now (UI thread) and redraws after {@code delay} ms unless it changes again. */
	private void scheduleRefresh(long delay) {
		if (document == null) {
			return;
		}
		pendingText = document.get();
		pendingUri = uriOf(editor.getEditorInput());
		refreshJob.cancel();
		refreshJob.schedule(delay);
	}

	private static URI uriOf(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		return file != null ? URI.createPlatformResourceURI(file.getFullPath().toString(), true)
				: URI.createURI("memory:/" + input.getName());
	}

	private void selected(DiagramElement element) {
		selectionProvider.setSelection(element == null ? StructuredSelection.EMPTY
				: new StructuredSelection(new DiagramSelection(element)));
		if (element == null || editor == null || document == null || followingEditor) {
			return;
		}
		Optional<int[]> range = ScenarioText.rangeOf(element.element());
		if (range.isPresent() && range.get()[0] + range.get()[1] <= document.getLength()) {
			editor.selectAndReveal(range.get()[0], range.get()[1]);
		}
	}

	/** Selects the innermost diagram element whose text holds the editor's caret (none: keeps the selection). */
	private void followEditor(int offset) {
		Diagram diagram = canvas.diagram();
		if (diagram == null) {
			return;
		}
		DiagramElement best = null;
		int bestLength = Integer.MAX_VALUE;
		for (DiagramElement element : (Iterable<DiagramElement>) diagram.elements()::iterator) {
			Optional<int[]> range = ScenarioText.rangeOf(element.element());
			if (range.isPresent() && range.get()[0] <= offset && offset <= range.get()[0] + range.get()[1]
					&& range.get()[1] < bestLength) {
				best = element;
				bestLength = range.get()[1];
			}
		}
		// Several lines share one element (a workload's flows): keep the one selected if it is as close.
		Optional<int[]> current = canvas.selected() == null ? Optional.empty() : ScenarioText.rangeOf(canvas.selected().element());
		if (current.isPresent() && current.get()[0] <= offset && offset <= current.get()[0] + current.get()[1]
				&& current.get()[1] <= bestLength) {
			return;
		}
		if (best != null) {
			followingEditor = true;
			try {
				canvas.select(best);
			} finally {
				followingEditor = false;
			}
		}
	}

	private void contributeActions(IToolBarManager toolbar) {
		toolbar.add(action("Zoom In", () -> zoomBy(1.25)));
		toolbar.add(action("Zoom Out", () -> zoomBy(0.8)));
		toolbar.add(action("Fit", () -> canvas.fit()));
		toolbar.add(action("Export SVG…", () -> export("*.svg")));
		toolbar.add(action("Export PNG…", () -> export("*.png")));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private void export(String pattern) {
		Diagram diagram = canvas.diagram();
		if (diagram == null) {
			return;
		}
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { pattern });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			if (pattern.endsWith("svg")) {
				Files.writeString(Path.of(chosen), SvgWriter.write(diagram), StandardCharsets.UTF_8);
			} else {
				savePng(diagram, canvas.getDisplay(), Path.of(chosen));
			}
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(canvas.getShell(), "Export failed", chosen + ": " + e.getMessage());
		}
	}

	/** Draws the diagram at 100 % on an SWT image and saves it as PNG. */
	static void savePng(Diagram diagram, Display display, Path file) throws IOException {
		Image image = new Image(display, (int) Math.ceil(DiagramPainter.width(diagram)),
				(int) Math.ceil(DiagramPainter.height(diagram)));
		GC gc = new GC(image);
		SwtSurface surface = new SwtSurface(gc);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(image.getBounds());
			DiagramPainter.paint(diagram, surface);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(file.toAbsolutePath().getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			surface.dispose();
			gc.dispose();
			image.dispose();
		}
	}

	/** Parses the pending text, builds and lays out its diagram, and hands it to the canvas. */
	private final class RefreshJob extends Job {

		RefreshJob() {
			super("Topology diagram");
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			String text = pendingText;
			URI uri = pendingUri;
			if (uri == null || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Diagram diagram;
			try {
				Optional<Scenario> scenario = ScenarioText.parse(text, uri);
				if (scenario.isEmpty() || monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				diagram = TopologyDiagram.of(scenario.get());
				DiagramLayout.apply(diagram);
			} catch (IOException | RuntimeException e) {
				// A half-typed scenario can trip the model code: keep showing the last good diagram.
				showProblem("diagram not updated: " + e);
				return Status.OK_STATUS;
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Display.getDefault().asyncExec(() -> {
				if (canvas.isDisposed()) {
					return;
				}
				boolean first = canvas.diagram() == null;
				canvas.setDiagram(diagram);
				if (first) {
					canvas.fit();
				}
				refreshes.incrementAndGet();
			});
			return Status.OK_STATUS;
		}

		private void showProblem(String message) {
			Display.getDefault().asyncExec(() -> {
				if (!canvas.isDisposed()) {
					setContentDescription(message);
				}
			});
		}
	}
}
