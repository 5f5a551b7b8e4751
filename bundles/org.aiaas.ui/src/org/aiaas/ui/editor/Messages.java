package org.aiaas.ui.editor;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

/** Labels of the editor's actions, in the form the platform's text actions read them. */
final class Messages extends ListResourceBundle {

	static final ResourceBundle BUNDLE = new Messages();

	@Override
	protected Object[][] getContents() {
		return new Object[][] { { "ContentAssistProposal.label", "Content &Assist" },
				{ "ContentAssistProposal.tooltip", "Content Assist" },
				{ "ContentAssistProposal.description", "Content Assist" },
				{ "Format.label", "&Format" }, { "Format.tooltip", "Format" },
				{ "Format.description", "Format the scenario" },
				{ "ToggleComment.label", "Toggle Co&mment" }, { "ToggleComment.tooltip", "Toggle Comment" },
				{ "ToggleComment.description", "Comment or uncomment the selected lines" },
				{ "OpenDeclaration.label", "Open &Declaration" }, { "OpenDeclaration.tooltip", "Open Declaration" },
				{ "OpenDeclaration.description", "Open the declaration of the name at the caret" } };
	}
}
