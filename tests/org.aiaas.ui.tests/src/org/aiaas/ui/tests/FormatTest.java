package org.aiaas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aiaas.ui.editor.ScenarioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Source → Format (Ctrl+Shift+F): the language's formatter, one undoable change. */
class FormatTest {

	/** The messy text of the dsl bundle's FormatterTest, and the formatter's canonical form of it. */
	static final String MESSY = "scenario   S {  seed 1\n"
			+ "      node n cloud {slots   2\n"
			+ "  queue 10}\n"
			+ "workload w at n { arrivals poisson 8 /s  service exponential 10 ms }\n"
			+ "}\n";
	static final String CANONICAL = "scenario S {\n"
			+ "\tseed 1\n"
			+ "\tnode n cloud {\n"
			+ "\t\tslots 2\n"
			+ "\t\tqueue 10\n"
			+ "\t}\n"
			+ "\tworkload w at n { arrivals poisson 8 /s service exponential 10 ms }\n"
			+ "}\n";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void formatMakesTheCanonicalTextAndOneUndoTakesItBack() throws Exception {
		IFile file = Workbench.file("format-me.aiaas", MESSY);
		ScenarioEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);

		editor.getAction("Format").run(); // the handler of Ctrl+Shift+F and Source → Format
		assertEquals(CANONICAL, document.get());

		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertEquals(MESSY, document.get());
	}

	@Test
	void toggleCommentCommentsTheLineAndTogglesBack() throws Exception {
		ScenarioEditor editor = Workbench.open(Workbench.file("comment-me.aiaas", CANONICAL));
		IDocument document = Workbench.document(editor);
		int line = 2; // "\tnode n cloud {"
		editor.selectAndReveal(document.getLineOffset(line) + 3, 0);

		editor.getAction("ToggleComment").run();
		assertEquals("//\tnode n cloud {", lineText(document, line));
		editor.getAction("ToggleComment").run();
		assertEquals(CANONICAL, document.get());
	}

	private static String lineText(IDocument document, int line) throws Exception {
		return document.get(document.getLineOffset(line), document.getLineLength(line) - 1);
	}
}
