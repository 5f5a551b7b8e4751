package org.aiaas.ui.tests;

import static org.aiaas.ui.editor.ReferenceHighlighter.REFERENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.aiaas.ui.editor.ScenarioContentAssistProcessor;
import org.aiaas.ui.editor.ScenarioEditor;
import org.aiaas.ui.editor.ScenarioTextHover;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scenario editor in the running workbench: validation while typing reaches the Problems
 * view as markers, content assist and hover answer from the language's services.
 */
class ScenarioEditorTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void anUnknownNodeTypedIntoTheExampleIsMarkedOnItsLine() throws Exception {
		IFile file = Workbench.example("edge-vs-cloud.aiaas");
		ScenarioEditor editor = Workbench.open(file);
		assertTrue(Workbench.waitUntil(() -> editor.reconcileCount() > 0, PATIENCE), "no validation after opening");
		// The shipped example is valid: no error markers.
		assertEquals(List.of(), errors(file));

		IDocument document = Workbench.document(editor);
		int offset = document.get().indexOf("backhaul edge1") + "backhaul ".length();
		int line = document.getLineOfOffset(offset) + 1;
		document.replace(offset, "edge1".length(), "edg1");

		assertTrue(Workbench.waitUntil(() -> errors(file).size() == 1, PATIENCE), "markers: " + errors(file));
		IMarker marker = errors(file).get(0);
		// The validator's wording for an unknown reference (as the command line prints it).
		assertEquals("unknown node 'edg1'; did you mean 'edge1'?", marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(offset, marker.getAttribute(IMarker.CHAR_START, -1));
		assertEquals(offset + "edg1".length(), marker.getAttribute(IMarker.CHAR_END, -1));

		Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		editor.getSite().getPage().activate(editor);
		editor.selectAndReveal(offset, "edg1".length());
		System.out.println("screenshot: " + Workbench.screenshot("scenario-editor.png"));
	}

	@Test
	void contentAssistAfterBackhaulProposesTheDeclaredNodes() throws Exception {
		ScenarioEditor editor = Workbench.open(Workbench.example("edge-vs-cloud.aiaas"));
		IDocument document = Workbench.document(editor);
		int offset = document.get().indexOf("backhaul edge1") + "backhaul ".length();
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);

		List<String> proposals = Arrays
				.stream(new ScenarioContentAssistProcessor(editor).computeCompletionProposals(viewer, offset))
				.map(ICompletionProposal::getDisplayString).map(label -> label.split(" — ")[0]).sorted().toList();

		// Labels read "edge1 — Node". The example declares exactly two nodes; a backhaul names a
		// node, not a cell or an accelerator.
		assertEquals(List.of("cloud1", "edge1"), proposals);
	}

	@Test
	void hoverOnANodeReferenceShowsItsAccelerators() throws Exception {
		ScenarioEditor editor = Workbench.open(Workbench.example("edge-vs-cloud.aiaas"));
		IDocument document = Workbench.document(editor);
		int offset = document.get().indexOf("backhaul edge1") + "backhaul ".length() + 1;
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);

		String hover = new ScenarioTextHover(editor).getHoverInfo(viewer, new Region(offset, 0));

		// edge1 is declared with "gpus 1 x L4".
		assertTrue(hover != null && hover.contains("1 × L4"), "hover: " + hover);
	}

	@Test
	void referencesToDeclaredElementsGetTheirOwnColourAfterValidation() throws Exception {
		ScenarioEditor editor = Workbench.open(Workbench.example("edge-vs-cloud.aiaas"));
		IDocument document = Workbench.document(editor);
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		int reference = document.get().indexOf("backhaul edge1") + "backhaul ".length(); // names node edge1
		int accelerator = document.get().indexOf("gpus 1 x L4") + "gpus 1 x ".length(); // names L4 (library)
		int declaration = document.get().indexOf("node edge1") + "node ".length(); // declares, refers to nothing
		int keyword = document.get().indexOf("backhaul edge1");

		assertTrue(Workbench.waitUntil(() -> REFERENCE.equals(foreground(viewer, reference)), PATIENCE),
				"reference coloured " + foreground(viewer, reference));
		assertEquals(REFERENCE, foreground(viewer, reference + "edge1".length() - 1)); // the whole name
		assertEquals(REFERENCE, foreground(viewer, accelerator));
		assertNotEquals(REFERENCE, foreground(viewer, declaration));
		assertNotEquals(REFERENCE, foreground(viewer, keyword)); // "backhaul" keeps the keyword colour

		// Typing before it moves the colour with the name; renaming it to an unknown node removes it.
		document.replace(0, 0, "\n");
		assertEquals(REFERENCE, foreground(viewer, reference + 1));
		document.replace(reference + 1, "edge1".length(), "edg1");
		assertTrue(Workbench.waitUntil(() -> !REFERENCE.equals(foreground(viewer, reference + 1)), PATIENCE),
				"an unresolved name is not coloured as a reference");
	}

	/** The foreground colour the viewer shows at this document offset (null for the default). */
	private static Color foreground(ITextViewer viewer, int offset) {
		// A plain SourceViewer (no folding) shows the whole document: widget offset = document offset.
		int widgetOffset = viewer instanceof ITextViewerExtension5 folding ? folding.modelOffset2WidgetOffset(offset)
				: offset;
		StyleRange range = viewer.getTextWidget().getStyleRangeAtOffset(widgetOffset);
		return range == null ? null : range.foreground;
	}

	@Test
	void theLargestExampleIsValidatedWithinTheTypingBudget() throws Exception {
		ScenarioEditor editor = Workbench.open(Workbench.example("city.aiaas"));
		assertTrue(Workbench.waitUntil(() -> editor.reconcileCount() > 0, PATIENCE), "no validation after opening");
		// Warm: a second validation after an edit, as while typing.
		int before = editor.reconcileCount();
		Workbench.document(editor).replace(0, 0, " ");
		assertTrue(Workbench.waitUntil(() -> editor.reconcileCount() > before, PATIENCE), "no validation after an edit");
		long millis = editor.lastReconcile().toMillis();
		System.out.println("reconcile of city.aiaas (" + Workbench.document(editor).getNumberOfLines() + " lines): "
				+ millis + " ms");
		// The target is 200 ms; CI machines are shared, so fail only far above it.
		assertTrue(millis < 2000, millis + " ms");
	}

	private static List<IMarker> errors(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
					.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
