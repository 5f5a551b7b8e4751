package org.aiaas.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.aiaas.diagram.DiagramNode;
import org.aiaas.diagram.ui.DiagramSelection;
import org.aiaas.diagram.ui.DiagramView;
import org.aiaas.diagram.viewpoint.TopologyViewpoint;
import org.aiaas.model.Node;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The diagram view in the running workbench, next to the scenario editor (Xvfb in CI). */
class DiagramViewTest {

	private static final String EDITOR_ID = "org.aiaas.ui.editor.ScenarioEditor";

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void showsTheCityWithItsBoxesAndLinesAndFollowsTyping() throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), example("city.aiaas"), EDITOR_ID, true);
		DiagramView view = (DiagramView) page().showView(DiagramView.ID);
		page().activate(editor);
		assertTrue(waitUntil(() -> view.diagram() != null, Duration.ofSeconds(60)), "no diagram within 60 s");
		// Counted by hand in org.aiaas.diagram.tests.TopologyDiagramTest: 23 boxes (3 cells, 3 device
		// groups, 4 nodes, 5 accelerator sets, 8 model placements) and 17 lines (3 backhauls, 4 links,
		// 10 flows).
		assertEquals(23, view.diagram().nodes().size());
		assertEquals(17, view.diagram().edges().size());
		// The screenshot for the docs: the view maximised and the diagram fitted to it.
		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		settle();
		view.fit();
		screenshot("diagram.png");
		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);

		// Typing a new node into the text redraws the diagram after the pause: one box more.
		int before = view.refreshCount();
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int end = document.get().lastIndexOf('}');
		document.replace(end, 0, "\tnode spare cloud\n");
		assertTrue(waitUntil(() -> view.refreshCount() > before && view.diagram().nodes().size() == 24,
				Duration.ofSeconds(30)), "no refresh with the new node: " + view.diagram().nodes().size());
		assertTrue(view.diagram().nodes(TopologyViewpoint.NODE).stream().anyMatch(n -> n.label().equals("spare")));
	}

	@Test
	void selectingABoxSelectsItsTextAndOffersItsProperties() throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), example("edge-vs-cloud.aiaas"), EDITOR_ID, true);
		DiagramView view = (DiagramView) page().showView(DiagramView.ID);
		page().activate(editor);
		assertTrue(waitUntil(() -> view.diagram() != null && view.diagram().nodes().size() == 8, Duration.ofSeconds(60)));
		DiagramNode cloud = view.diagram().nodes(TopologyViewpoint.NODE).stream()
				.filter(n -> n.label().equals("cloud1")).findFirst().orElseThrow();
		view.select(cloud);
		ITextSelection text = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertTrue(text.getText().startsWith("node cloud1 cloud {"), "selected text: " + text.getText());
		IStructuredSelection selection = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
		DiagramSelection selected = (DiagramSelection) selection.getFirstElement();
		assertEquals("cloud1", selected.getAdapter(Node.class).getName());
		IPropertySource properties = selected.getAdapter(IPropertySource.class);
		assertNotNull(properties);
		// cloud1 sets name, kind, slots, price, efficiency and site (gpus is a list, not shown).
		assertEquals("98 $/h", properties.getPropertyValue(Node.class.cast(cloud.element()).eClass()
				.getEStructuralFeature("price")));

		// And back: the caret inside 'devices phones { ... }' selects the phones box.
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.get().indexOf("devices phones") + 10, 0);
		assertTrue(waitUntil(() -> view.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof DiagramSelection d && d.element().label().equals("phones"),
				Duration.ofSeconds(10)), "the caret in phones did not select its box");
	}

	@Test
	void zoomButtonsChangeTheScale() throws Exception {
		IDE.openEditor(page(), example("edge-vs-cloud.aiaas"), EDITOR_ID, true);
		DiagramView view = (DiagramView) page().showView(DiagramView.ID);
		double before = view.zoom();
		view.zoomBy(1.25);
		assertEquals(before * 1.25, view.zoom(), 1e-9);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static IFile example(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("examples");
		if (!project.exists()) {
			project.create(new NullProgressMonitor());
		}
		project.open(new NullProgressMonitor());
		IFile file = project.getFile(name);
		if (!file.exists()) {
			Path source = Path.of(System.getProperty("aiaas.examples", "../../examples"), name);
			try (InputStream in = Files.newInputStream(source)) {
				file.create(in, true, new NullProgressMonitor());
			}
		}
		return file;
	}

	private static boolean waitUntil(BooleanSupplier condition, Duration timeout) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			while (display.readAndDispatch()) {
				// drain pending UI work
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/** Lets pending layouts and paints happen. */
	private static void settle() {
		long end = System.nanoTime() + Duration.ofMillis(500).toNanos();
		waitUntil(() -> System.nanoTime() > end, Duration.ofSeconds(2));
	}

	/** Saves what the workbench window shows as a PNG. */
	private static void screenshot(String name) throws IOException {
		settle();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		image.dispose();
		Path directory = Path.of(System.getProperty("aiaas.screenshots", "target/screenshots"));
		Files.createDirectories(directory);
		loader.save(directory.resolve(name).toString(), SWT.IMAGE_PNG);
		System.out.println("screenshot: " + directory.resolve(name));
	}
}
