package org.aiaas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aiaas.ui.editor.ScenarioEditor;
import org.aiaas.ui.outline.OutlineItem;
import org.aiaas.ui.outline.ScenarioOutlinePage;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Outline view of examples/city.aiaas: its declarations, cells holding their device groups. */
class OutlineTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);
	/** A top-level declaration of city.aiaas: one tab in, then its keyword. */
	private static final Pattern DECLARATION = Pattern.compile(
			"(?m)^\\t(node|cell|devices|link|model|workload|training|compare|sweep|gpu|tpu|npu|cpu|soc) ");

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theCityHasItsDeclarationsAtTopLevelAndDeviceGroupsInTheirCells() throws Exception {
		ScenarioEditor editor = Workbench.open(Workbench.example("city.aiaas"));
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		editor.getSite().getPage().activate(editor);
		assertTrue(Workbench.waitUntil(() -> editor.outline() != null, PATIENCE), "no outline");
		String text = Workbench.document(editor).get();
		int declarations = 0;
		int deviceGroups = 0;
		Matcher matcher = DECLARATION.matcher(text);
		while (matcher.find()) {
			declarations++;
			deviceGroups += matcher.group(1).equals("devices") ? 1 : 0;
		}
		// Every device group of the city names its cell ("in downtown"), so each sits under its
		// cell and the rest are the scenario's direct children.
		OutlineItem root = editor.outline();
		assertEquals("scenario City", root.label());
		assertEquals(declarations - deviceGroups, root.children().size(), root.childLabels().toString());
		assertEquals(deviceGroups, root.children().stream().filter(i -> i.kind().equals("cell"))
				.mapToInt(i -> i.children().size()).sum());
		OutlineItem downtown = root.children().stream().filter(i -> i.label().equals("cell downtown")).findFirst()
				.orElseThrow();
		assertEquals(List.of("devices phones"), downtown.childLabels());
		assertEquals("node edgeDowntown edge", root.children().get(0).label());

		// The Outline view shows the same tree.
		ScenarioOutlinePage page = editor.outlinePage();
		assertTrue(Workbench.waitUntil(() -> page.tree() != null && page.tree().getItemCount() == 1
				&& page.tree().getItem(0).getItemCount() == root.children().size(), PATIENCE), "outline view");

		// Selecting an entry reveals its name in the editor.
		OutlineItem harbour = root.children().stream().filter(i -> i.label().equals("cell harbour")).findFirst()
				.orElseThrow();
		page.select(harbour);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(text.indexOf("cell harbour") + "cell ".length(), selection.getOffset());
		assertEquals("harbour", selection.getText());

		// The other way: the caret inside a declaration selects its entry, the innermost one (a device
		// group inside its cell); the editor's selection does not move (the diagram view selects an
		// element's text the same way, so diagram, editor and outline agree).
		int inPhones = text.indexOf("count", text.indexOf("devices phones"));
		editor.selectAndReveal(inPhones, 0);
		assertTrue(Workbench.waitUntil(() -> page.selected() != null && page.selected().label().equals("devices phones"),
				PATIENCE), "outline selection after the caret moved into phones: " + page.selected());
		assertEquals(inPhones, ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset());
		int inHarbourHead = text.indexOf("cell harbour") + 2;
		editor.selectAndReveal(inHarbourHead, 0);
		assertTrue(Workbench.waitUntil(() -> page.selected() != null && page.selected().label().equals("cell harbour"),
				PATIENCE), "outline selection after the caret moved onto 'cell harbour': " + page.selected());

		System.out.println("screenshot: " + Workbench.screenshot("editor-outline.png"));
	}

	@Test
	void aDeclarationTypedInAppearsAfterTheNextValidation() throws Exception {
		ScenarioEditor editor = Workbench.open(Workbench.example("city.aiaas"));
		assertTrue(Workbench.waitUntil(() -> editor.outline() != null, PATIENCE), "no outline");
		int before = editor.outline().children().size();
		IDocument document = Workbench.document(editor);
		int end = document.get().lastIndexOf('}');
		document.replace(end, 0, "\tnode spare cloud\n");
		assertTrue(Workbench.waitUntil(() -> editor.outline().children().size() == before + 1, PATIENCE),
				"outline after the edit: " + editor.outline().childLabels());
		List<String> labels = editor.outline().childLabels();
		assertNotNull(labels);
		assertEquals("node spare cloud", labels.get(labels.size() - 1));
	}
}
