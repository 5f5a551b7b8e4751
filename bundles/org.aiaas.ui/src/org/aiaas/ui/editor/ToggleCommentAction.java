package org.aiaas.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.TextEditorAction;

/**
 * Toggle Comment (Ctrl+/): comments the selected lines out with "//" at the start of each line,
 * or, if every non-blank selected line already starts with "//", takes it away. One undo step.
 */
final class ToggleCommentAction extends TextEditorAction {

	static final String ID = "org.aiaas.ui.toggleComment";
	private static final String COMMENT = "//";

	ToggleCommentAction(ScenarioEditor editor) {
		super(Messages.BUNDLE, "ToggleComment.", editor);
		setActionDefinitionId(ID);
	}

	@Override
	public void run() {
		ScenarioEditor editor = (ScenarioEditor) getTextEditor();
		IDocument document = editor.document();
		if (document == null || !editor.isEditorInputModifiable()
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			toggle(document, selection.getStartLine(), lastLine(document, selection));
		} catch (BadLocationException e) {
			throw new IllegalStateException("the document changed while commenting", e);
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}

	/** A selection that ends at the very start of a line does not take that line in. */
	private static int lastLine(IDocument document, ITextSelection selection) {
		try {
			int end = selection.getOffset() + selection.getLength();
			int line = selection.getEndLine();
			return selection.getLength() > 0 && line > selection.getStartLine() && document.getLineOffset(line) == end
					? line - 1 : line;
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	static void toggle(IDocument document, int firstLine, int lastLine) throws BadLocationException {
		boolean allCommented = true;
		for (int line = firstLine; line <= lastLine; line++) {
			String text = lineText(document, line);
			if (!text.isBlank() && !text.stripLeading().startsWith(COMMENT)) {
				allCommented = false;
			}
		}
		// From the last line up, so that earlier offsets stay valid.
		for (int line = lastLine; line >= firstLine; line--) {
			int offset = document.getLineOffset(line);
			String text = lineText(document, line);
			if (allCommented) {
				int comment = text.indexOf(COMMENT);
				if (comment >= 0) {
					document.replace(offset + comment, COMMENT.length(), "");
				}
			} else if (!text.isBlank() || firstLine == lastLine) {
				document.replace(offset, 0, COMMENT);
			}
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}

	@Override
	public void update() {
		setEnabled(getTextEditor() != null && getTextEditor().isEditable());
	}
}
