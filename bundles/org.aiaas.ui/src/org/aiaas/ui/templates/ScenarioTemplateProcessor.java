package org.aiaas.ui.templates;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateCompletionProcessor;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.swt.graphics.Image;

/**
 * Template proposals where a declaration may start — at the beginning of a line, after its
 * indentation — so that they never crowd the names proposed after a keyword ("backhaul |").
 * Only templates whose name starts with the word typed so far are proposed; a template's
 * following lines get the indentation of the line it is inserted on.
 */
public final class ScenarioTemplateProcessor extends TemplateCompletionProcessor {

	private static final Pattern STATEMENT_START = Pattern.compile("[ \\t]*[A-Za-z-]*");

	private String indentation = "";
	private String prefix = "";

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		try {
			IRegion line = document.getLineInformationOfOffset(offset);
			String before = document.get(line.getOffset(), offset - line.getOffset());
			if (!STATEMENT_START.matcher(before).matches()) {
				return new ICompletionProposal[0];
			}
			prefix = before.stripLeading();
			indentation = before.substring(0, before.length() - prefix.length());
		} catch (BadLocationException e) {
			return new ICompletionProposal[0];
		}
		return super.computeCompletionProposals(viewer, offset);
	}

	@Override
	protected Template[] getTemplates(String contextTypeId) {
		// The superclass proposes every template and only ranks those matching the typed word.
		return Arrays.stream(ScenarioTemplates.get().store().getTemplates(contextTypeId))
				.filter(template -> template.getName().startsWith(prefix)).map(this::indented)
				.toArray(Template[]::new);
	}

	private Template indented(Template template) {
		if (indentation.isEmpty()) {
			return template;
		}
		return new Template(template.getName(), template.getDescription(), template.getContextTypeId(),
				template.getPattern().replace("\n", "\n" + indentation), template.isAutoInsertable());
	}

	@Override
	protected TemplateContextType getContextType(ITextViewer viewer, IRegion region) {
		return ScenarioTemplates.get().contextTypes().getContextType(ScenarioContextType.ID);
	}

	@Override
	protected Image getImage(Template template) {
		return null;
	}
}
