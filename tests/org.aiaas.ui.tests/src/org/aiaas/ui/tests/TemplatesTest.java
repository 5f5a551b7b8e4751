package org.aiaas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.aiaas.ui.editor.ScenarioContentAssistProcessor;
import org.aiaas.ui.editor.ScenarioEditor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Content-assist templates where a declaration may start. */
class TemplatesTest {

	/** The templates of templates/scenario-templates.xml. */
	private static final Set<String> TEMPLATES = Set.of("scenario", "node", "cell", "devices", "workload",
			"workload at", "model", "model llm", "training", "compare scheduler", "compare placement", "sweep");

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void onAnEmptyLineEveryTemplateIsProposedAndANodeTemplateIsIndented() throws Exception {
		ScenarioEditor editor = Workbench.open(Workbench.file("templates.aiaas", FormatTest.CANONICAL));
		IDocument document = Workbench.document(editor);
		int end = document.get().lastIndexOf('}');
		document.replace(end, 0, "\tno\n");
		int offset = end + "\tno".length();
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);

		List<TemplateProposal> all = templates(new ScenarioContentAssistProcessor(editor)
				.computeCompletionProposals(viewer, end + 1));
		assertEquals(TEMPLATES, Set.copyOf(all.stream().map(p -> p.getDisplayString().split(" - ")[0]).toList()));

		// After "no" only the node template is left; it is inserted with the line's indentation.
		List<TemplateProposal> node = templates(new ScenarioContentAssistProcessor(editor)
				.computeCompletionProposals(viewer, offset));
		assertEquals(1, node.size(), node.toString());
		node.get(0).apply(viewer, '\0', 0, offset);
		String inserted = document.get().substring(end);
		assertTrue(inserted.startsWith("\tnode edge1 edge {\n\t\tgpus 1 x L4\n"), inserted);
	}

	private static List<TemplateProposal> templates(ICompletionProposal[] proposals) {
		return Arrays.stream(proposals).filter(TemplateProposal.class::isInstance).map(TemplateProposal.class::cast)
				.toList();
	}
}
