package org.aiaas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.aiaas.dsl.validation.IssueCodes;
import org.aiaas.ui.editor.ScenarioEditor;
import org.aiaas.ui.quickfix.ScenarioQuickAssistProcessor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Quick fixes: from the Problems view (marker resolutions) and from Ctrl+1 in the editor. */
class QuickFixTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theProblemsViewFixOfAMisspeltNodeUsesTheSuggestionAndTheMarkerGoes() throws Exception {
		IFile file = Workbench.file("fix-reference.aiaas", exampleText());
		ScenarioEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		int offset = document.get().indexOf("backhaul edge1") + "backhaul ".length();
		document.replace(offset, "edge1".length(), "edg1");
		assertTrue(Workbench.waitUntil(() -> errors(file).size() == 1, PATIENCE), "markers: " + errors(file));

		IMarker marker = errors(file).get(0);
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		// The message says "did you mean 'edge1'?"; cloud1 is too far from "edg1" to be offered.
		assertEquals(List.of("Change to 'edge1'"), Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
		resolutions[0].run(marker);

		assertEquals("backhaul edge1", document.get().substring(offset - "backhaul ".length(), offset + 5));
		assertTrue(Workbench.waitUntil(() -> errors(file).isEmpty(), PATIENCE), "markers left: " + errors(file));
	}

	@Test
	void ctrl1OnAWrongUnitOffersTheTimeUnitsAndTheFixClearsTheMarker() throws Exception {
		IFile file = Workbench.file("fix-unit.aiaas", exampleText());
		ScenarioEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		int unit = document.get().indexOf("latency 1 ms") + "latency 1 ".length();
		document.replace(unit, "ms".length(), "Gbps");
		assertTrue(Workbench.waitUntil(() -> errors(file).size() == 1, PATIENCE), "markers: " + errors(file));
		assertEquals(IssueCodes.WRONG_DIMENSION, errors(file).get(0).getAttribute("code", ""));

		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		ScenarioQuickAssistProcessor ctrl1 = new ScenarioQuickAssistProcessor(editor::resourceUri,
				editor::annotationModel);
		TextInvocationContext caret = new TextInvocationContext(viewer, unit + 1, 0);
		// The editor's annotations follow the markers after the workspace's change notification.
		assertTrue(Workbench.waitUntil(() -> ctrl1.computeQuickAssistProposals(caret).length > 0, PATIENCE),
				"no quick fix at the unit");
		ICompletionProposal[] proposals = ctrl1.computeQuickAssistProposals(caret);

		// A backhaul latency is a time: every time unit of the unit table, in its order.
		assertEquals(List.of("ns", "us", "ms", "s", "min", "h", "d").stream().map(u -> "Change unit to '" + u + "'")
				.toList(), Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList());
		proposals[2].apply(document);

		assertTrue(document.get().contains("backhaul edge1 latency 1 ms"), "the unit is ms again");
		assertTrue(Workbench.waitUntil(() -> errors(file).isEmpty(), PATIENCE), "markers left: " + errors(file));
	}

	private static String exampleText() throws Exception {
		return java.nio.file.Files.readString(Workbench.examplesFolder().resolve("edge-vs-cloud.aiaas"));
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
