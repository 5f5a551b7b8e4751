package org.aiaas.ui.editor;

import org.aiaas.ui.internal.Language;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.TextEditorAction;

/**
 * Source → Format (Ctrl+Shift+F): the language's formatter over the whole text, applied as one
 * replacement of the changed middle, so that one Undo takes it back. Text with syntax errors is
 * left alone (the formatter would not know where things belong).
 */
final class FormatAction extends TextEditorAction {

	static final String ID = "org.aiaas.ui.format";

	FormatAction(ScenarioEditor editor) {
		super(Messages.BUNDLE, "Format.", editor);
		setActionDefinitionId(ID);
	}

	@Override
	public void run() {
		ScenarioEditor editor = (ScenarioEditor) getTextEditor();
		IDocument document = editor.document();
		if (document == null || !editor.isEditorInputModifiable()) {
			return;
		}
		String text = document.get();
		String formatted = Language.get().format(text, editor.resourceUri());
		try {
			replaceChangedMiddle(document, text, formatted);
		} catch (BadLocationException e) {
			throw new IllegalStateException("the document changed while formatting", e);
		}
	}

	/** Replaces only what differs between the texts: the caret and markers outside it stay put. */
	static void replaceChangedMiddle(IDocument document, String text, String formatted) throws BadLocationException {
		if (text.equals(formatted)) {
			return;
		}
		int prefix = 0;
		int shorter = Math.min(text.length(), formatted.length());
		while (prefix < shorter && text.charAt(prefix) == formatted.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < shorter - prefix
				&& text.charAt(text.length() - 1 - suffix) == formatted.charAt(formatted.length() - 1 - suffix)) {
			suffix++;
		}
		document.replace(prefix, text.length() - prefix - suffix,
				formatted.substring(prefix, formatted.length() - suffix));
	}

	@Override
	public void update() {
		setEnabled(getTextEditor() != null && getTextEditor().isEditable());
	}
}
