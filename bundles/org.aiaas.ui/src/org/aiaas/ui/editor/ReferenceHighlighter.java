package org.aiaas.ui.editor;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.util.ITextRegion;

/**
 * Semantic colouring on top of the lexical one: names that refer to a declared element (node, cell,
 * model, device group, accelerator) get their own colour. The reconciler finds them in the parsed
 * model ({@code Language#referenceRegions}); they are kept as document positions, so they follow
 * edits until the next reconcile replaces them, and merged into every text presentation the viewer
 * computes.
 */
public final class ReferenceHighlighter implements ITextPresentationListener {

	/** The colour of a reference: a brown that none of the lexical colours uses. */
	public static final Color REFERENCE = new Color(150, 75, 0);

	private static final String CATEGORY = "org.aiaas.ui.references";

	private final ISourceViewer viewer;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private IDocument document;

	ReferenceHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
	}

	/**
	 * Shows these references (UI thread). Ignored when the text changed since it was parsed: the
	 * regions would be off, and another reconcile follows that edit.
	 *
	 * @param stamp the document's modification stamp when its text was parsed
	 */
	void show(IDocument parsed, long stamp, List<ITextRegion> references) {
		if (parsed == null || parsed != viewer.getDocument()
				|| (parsed instanceof IDocumentExtension4 d4 && d4.getModificationStamp() != stamp)) {
			return;
		}
		attach(parsed);
		try {
			for (Position old : parsed.getPositions(CATEGORY)) {
				old.delete();
			}
			parsed.removePositionCategory(CATEGORY);
			parsed.addPositionCategory(CATEGORY);
			for (ITextRegion region : references) {
				parsed.addPosition(CATEGORY, new Position(region.getOffset(), region.getLength()));
			}
		} catch (BadPositionCategoryException | BadLocationException e) {
			return; // the category was just added and the regions come from this very text
		}
		viewer.invalidateTextPresentation();
	}

	private void attach(IDocument newDocument) {
		if (document == newDocument) {
			return;
		}
		detach();
		document = newDocument;
		document.addPositionCategory(CATEGORY);
		document.addPositionUpdater(updater);
	}

	void dispose() {
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
		detach();
	}

	private void detach() {
		if (document != null) {
			document.removePositionUpdater(updater);
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// never added
			}
			document = null;
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (document == null || !document.containsPositionCategory(CATEGORY)) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		Position[] positions;
		try {
			positions = document.getPositions(CATEGORY);
		} catch (BadPositionCategoryException e) {
			return;
		}
		for (Position position : positions) {
			if (!position.isDeleted() && position.getLength() > 0 && position.getOffset() < end
					&& position.getOffset() + position.getLength() > start) {
				StyleRange range = new StyleRange(position.getOffset(), position.getLength(), REFERENCE, null);
				presentation.mergeStyleRange(range);
			}
		}
	}
}
