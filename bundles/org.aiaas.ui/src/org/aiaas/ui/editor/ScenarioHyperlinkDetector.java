package org.aiaas.ui.editor;

import java.util.Optional;

import org.aiaas.ui.internal.Definition;
import org.aiaas.ui.internal.Language;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;

/** Ctrl+click on a reference ("backhaul edge1", "gpus 8 x H100"): a link to its declaration. */
public final class ScenarioHyperlinkDetector implements IHyperlinkDetector {

	private final ScenarioEditor editor;

	public ScenarioHyperlinkDetector(ScenarioEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		if (viewer.getDocument() == null || region == null) {
			return null;
		}
		Optional<Definition> definition = Language.get().definitionAt(viewer.getDocument().get(),
				editor.resourceUri(), region.getOffset());
		return definition.map(d -> new IHyperlink[] { new DefinitionHyperlink(editor, d) }).orElse(null);
	}

	private record DefinitionHyperlink(ScenarioEditor editor, Definition definition) implements IHyperlink {

		@Override
		public IRegion getHyperlinkRegion() {
			return new Region(definition.referenceOffset(), definition.referenceLength());
		}

		@Override
		public String getTypeLabel() {
			return "Open Declaration";
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration of '" + definition.name() + "'";
		}

		@Override
		public void open() {
			DefinitionNavigator.open(editor, definition);
		}
	}
}
