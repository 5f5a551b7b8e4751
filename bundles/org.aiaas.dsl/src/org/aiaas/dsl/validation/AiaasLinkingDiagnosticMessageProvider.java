package org.aiaas.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * Unknown references say what kind of thing was expected, suggest the closest known name, and list
 * the known ones when there are few: "unknown node 'edg1'; did you mean 'edge1'?".
 */
public class AiaasLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	/** Issue code of an unresolved reference (for quick fixes). */
	public static final String UNKNOWN_REFERENCE = "org.aiaas.dsl.unknownReference";

	private static final int LISTED_AT_MOST = 8;

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String kind = ElementNames.kindOf(type);
		String name = context.getLinkText();
		List<String> known = knownNames(context);
		StringBuilder message = new StringBuilder("unknown ").append(kind).append(" '").append(name).append("'");
		String suggestion = Suggestions.didYouMean(name, known);
		message.append(suggestion);
		if (suggestion.isEmpty()) {
			if (known.isEmpty()) {
				message.append("; no ").append(kind).append(" is declared");
			} else if (known.size() <= LISTED_AT_MOST) {
				message.append("; known: ").append(String.join(", ", known));
			}
		}
		return new DiagnosticMessage(message.toString(), Severity.ERROR, UNKNOWN_REFERENCE, name);
	}

	private List<String> knownNames(ILinkingDiagnosticContext context) {
		TreeSet<String> names = new TreeSet<>();
		try {
			IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
			for (IEObjectDescription description : scope.getAllElements()) {
				names.add(description.getName().toString());
			}
		} catch (RuntimeException e) {
			// Suggestions are a courtesy; a scope that cannot be listed leaves the plain message.
		}
		return new ArrayList<>(names);
	}
}
