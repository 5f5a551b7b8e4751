package org.aiaas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aiaas.ui.editor.LibraryEditorInput;
import org.aiaas.ui.editor.ScenarioEditor;
import org.aiaas.ui.editor.ScenarioHyperlinkDetector;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ctrl+click and F3 go from a reference to the declaration's name. */
class GoToDefinitionTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@ParameterizedTest
	@CsvSource({ "backhaul edgeDowntown, node edgeDowntown", "in downtown, cell downtown",
			"workload traffic from cameras, devices cameras", "on edgeCampus, node edgeCampus",
			"backhaul edgeHarbour, node edgeHarbour" })
	void aHyperlinkLandsOnTheDeclaredName(String reference, String declaration) throws Exception {
		ScenarioEditor editor = Workbench.open(Workbench.example("city.aiaas"));
		IDocument document = Workbench.document(editor);
		String text = document.get();
		String name = declaration.split(" ")[1];
		// The reference is the last word of the phrase; click in its middle.
		assertTrue(text.indexOf(reference) >= 0, reference);
		int referenceOffset = text.indexOf(reference) + reference.lastIndexOf(name);
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);

		IHyperlink[] links = new ScenarioHyperlinkDetector(editor).detectHyperlinks(viewer,
				new Region(referenceOffset + name.length() / 2, 0), false);

		assertNotNull(links, "no hyperlink on " + reference);
		assertEquals(new Region(referenceOffset, name.length()), links[0].getHyperlinkRegion());
		links[0].open();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		// The declaration's name follows its keyword and one space ("node edgeDowntown").
		int declared = text.indexOf(declaration) + declaration.indexOf(name);
		assertEquals(declared, selection.getOffset(), "selection " + selection.getText());
		assertEquals(name, selection.getText());
	}

	@Test
	void f3OnAnAcceleratorOpensTheStandardLibraryReadOnly() throws Exception {
		ScenarioEditor editor = Workbench.open(Workbench.example("city.aiaas"));
		IDocument document = Workbench.document(editor);
		int offset = document.get().indexOf("gpus 2 x L40S") + "gpus 2 x ".length() + 1;
		editor.selectAndReveal(offset, 0);

		editor.getAction("OpenDeclaration").run(); // what F3 runs in the editor's key binding context

		IEditorPart active = Workbench.page().getActiveEditor();
		assertTrue(active instanceof ScenarioEditor, String.valueOf(active));
		ScenarioEditor library = (ScenarioEditor) active;
		assertTrue(library.getEditorInput() instanceof LibraryEditorInput, library.getEditorInput().getClass().getName());
		assertEquals("accelerators.aiaas", library.getEditorInput().getName());
		assertFalse(library.isEditable(), "the standard library is read-only");
		ITextSelection selection = (ITextSelection) library.getSelectionProvider().getSelection();
		assertEquals("L40S", selection.getText());
		// The catalogue declares it as "gpu L40S {".
		String libraryText = Workbench.document(library).get();
		assertEquals(libraryText.indexOf("gpu L40S") + "gpu ".length(), selection.getOffset());
	}

	@Test
	void aNameFromAnImportedFileOpensThatFileAtTheDeclaration() throws Exception {
		String library = "library Gpus {\n\tgpu Mine { fp16 100 TFLOPS memory 16 GB bandwidth 500 GB/s }\n}\n";
		IFile imported = Workbench.file("gpus-lib.aiaas", library);
		String main = "import \"gpus-lib.aiaas\"\nscenario UsesMine {\n\tnode n cloud { gpus 2 x Mine }\n}\n";
		ScenarioEditor editor = Workbench.open(Workbench.file("uses-import.aiaas", main));
		int offset = main.indexOf("x Mine") + "x ".length();
		editor.selectAndReveal(offset, 0);

		editor.getAction("OpenDeclaration").run();

		IEditorPart active = Workbench.page().getActiveEditor();
		assertTrue(active instanceof ScenarioEditor other && other.file().orElseThrow().equals(imported),
				String.valueOf(active.getEditorInput()));
		ITextSelection selection = (ITextSelection) ((ScenarioEditor) active).getSelectionProvider().getSelection();
		// "gpu Mine {" on the library's second line.
		assertEquals(library.indexOf("gpu Mine") + "gpu ".length(), selection.getOffset());
		assertEquals("Mine", selection.getText());
	}
}
