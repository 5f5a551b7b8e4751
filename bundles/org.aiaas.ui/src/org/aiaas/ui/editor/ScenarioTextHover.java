package org.aiaas.ui.editor;

import org.aiaas.ui.internal.Language;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/**
 * Hover: the language's documentation of what is under the mouse — a quantity in its base unit,
 * the key figures of an accelerator, node, cell or workload (its own or the one a name refers to).
 */
public final class ScenarioTextHover implements ITextHover {

	private final ScenarioEditor editor;

	public ScenarioTextHover(ScenarioEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return Language.get().documentationAt(viewer.getDocument().get(), editor.resourceUri(), region.getOffset())
				.orElse(null);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
