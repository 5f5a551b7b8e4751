package org.aiaas.ui.editor;

import org.aiaas.ui.internal.Language;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.TextEditorAction;

/** Open Declaration (F3): goes from the reference at the caret to the declaration it names. */
final class OpenDeclarationAction extends TextEditorAction {

	static final String ID = "org.aiaas.ui.openDeclaration";

	OpenDeclarationAction(ScenarioEditor editor) {
		super(Messages.BUNDLE, "OpenDeclaration.", editor);
		setActionDefinitionId(ID);
	}

	@Override
	public void run() {
		ScenarioEditor editor = (ScenarioEditor) getTextEditor();
		if (editor.document() == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		Language.get().definitionAt(editor.document().get(), editor.resourceUri(), selection.getOffset())
				.ifPresentOrElse(definition -> DefinitionNavigator.open(editor, definition),
						() -> editor.getEditorSite().getActionBars().getStatusLineManager()
								.setErrorMessage("No reference at the caret"));
	}
}
