package org.aiaas.ui.quickfix;

import org.aiaas.dsl.quickfix.TextFix;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** A quick fix in the editor's Ctrl+1 list: applies a {@link TextFix} to the document. */
public final class FixProposal implements ICompletionProposal {

	private final TextFix fix;

	public FixProposal(TextFix fix) {
		this.fix = fix;
	}

	public TextFix fix() {
		return fix;
	}

	@Override
	public void apply(IDocument document) {
		apply(fix, document);
	}

	/** Applies the fix if the document still holds what it was computed for; false if not. */
	public static boolean apply(TextFix fix, IDocument document) {
		if (!fix.appliesTo(document.get())) {
			return false;
		}
		try {
			document.replace(fix.offset(), fix.length(), fix.replacement());
			return true;
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return new Point(fix.offset() + fix.replacement().length(), 0);
	}

	@Override
	public String getAdditionalProposalInfo() {
		return null;
	}

	@Override
	public String getDisplayString() {
		return fix.label();
	}

	@Override
	public Image getImage() {
		return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
