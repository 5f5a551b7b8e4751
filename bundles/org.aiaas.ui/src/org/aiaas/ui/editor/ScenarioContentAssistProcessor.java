package org.aiaas.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.aiaas.ui.internal.Language;
import org.aiaas.ui.templates.ScenarioTemplateProcessor;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/**
 * Content assist from the language's IDE proposal provider (keywords, names in scope, enum values),
 * then the templates where a declaration may start.
 */
public final class ScenarioContentAssistProcessor implements IContentAssistProcessor {

	private final ScenarioEditor editor;
	private final ScenarioTemplateProcessor templates = new ScenarioTemplateProcessor();

	public ScenarioContentAssistProcessor(ScenarioEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		List<ICompletionProposal> proposals = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (ContentAssistEntry entry : Language.get().proposals(text, editor.resourceUri(), offset)) {
			String proposal = entry.getProposal();
			if (proposal == null || !seen.add(proposal)) {
				continue;
			}
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			int start = Math.max(0, offset - prefix.length());
			String label = entry.getLabel() != null ? entry.getLabel() : proposal;
			String display = entry.getDescription() == null ? label : label + " — " + entry.getDescription();
			proposals.add(new CompletionProposal(proposal, start, offset - start, proposal.length(), null, display,
					null, entry.getDocumentation()));
		}
		proposals.addAll(Arrays.asList(templates.computeCompletionProposals(viewer, offset)));
		return proposals.toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
