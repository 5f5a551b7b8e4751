package org.aiaas.ui.run.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aiaas.ui.run.editor.ChartCanvas;
import org.aiaas.ui.run.editor.ResultsEditor;
import org.aiaas.ui.run.results.ChartData;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A training results file opens in the results editor by its name alone (*.training.json). */
class TrainingResultsEditorTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void aTrainingFileOpensWithItsSummaryAndCurves() throws Exception {
		IFile file = Workbench.file("clf.training.json", Fixtures.TRAINING_EXAMPLE);

		// The default editor, as a double click opens it: found through the *.training.json content type.
		IEditorPart part = IDE.openEditor(Workbench.page(), file);

		ResultsEditor editor = assertInstanceOf(ResultsEditor.class, part);
		assertNull(editor.result()); // not a simulation run
		assertEquals(2, editor.training().jobs().size());
		// one row per job; columns as TrainingSummary.COLUMNS, the last one how training ended
		assertEquals(2, editor.summaryTable().getItemCount());
		assertEquals("clf", editor.summaryTable().getItem(0).getText(0));
		assertEquals("best epoch 2 (patience)", editor.summaryTable().getItem(0).getText(6));
		assertEquals("2 of 2 rounds, 2 aggregating nodes", editor.summaryTable().getItem(1).getText(6));
		// clf: loss + accuracy; fed: loss + accuracy + accuracy against simulated time
		List<String> titles = editor.charts().stream().map(ChartCanvas::chart).map(ChartData::title).toList();
		assertEquals(5, titles.size(), titles.toString());
		assertEquals("Accuracy against simulated time: fed", titles.get(4));
		assertTrue(editor.showTab("Charts"));
		System.out.println("screenshot: " + Workbench.screenshot("training-results-editor.png"));
	}
}
