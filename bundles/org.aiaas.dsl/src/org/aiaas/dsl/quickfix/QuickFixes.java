package org.aiaas.dsl.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.aiaas.dsl.validation.AiaasLinkingDiagnosticMessageProvider;
import org.aiaas.dsl.validation.IssueCodes;
import org.aiaas.dsl.validation.Suggestions;
import org.aiaas.model.AiaasPackage;
import org.aiaas.model.Quantity;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.model.units.Unit;
import org.aiaas.model.units.Units;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * What the quick fixes of the common errors replace, computed from the parsed text without any UI:
 * an unknown reference by the plausible names in scope ("did you mean"), a unit of the wrong
 * dimension, an unknown or a missing unit by the units of the dimension the property expects.
 * The editor turns each {@link TextFix} into a marker resolution.
 */
public class QuickFixes {

	/** When nothing is a plausible typo, the known names are offered if there are this few. */
	static final int LISTED_AT_MOST = 8;

	@Inject
	private IScopeProvider scopeProvider;

	/** The fixes of the issue with this code at this region of the resource's text, best first. */
	public List<TextFix> fixes(XtextResource resource, String issueCode, int offset, int length) {
		if (issueCode == null || resource.getParseResult() == null) {
			return List.of();
		}
		return switch (issueCode) {
			case AiaasLinkingDiagnosticMessageProvider.UNKNOWN_REFERENCE -> referenceFixes(resource, offset);
			case IssueCodes.WRONG_DIMENSION, IssueCodes.UNKNOWN_UNIT, IssueCodes.MISSING_UNIT ->
					unitFixes(resource, issueCode, offset);
			default -> List.of();
		};
	}

	/** Whether {@link #fixes} may have something for issues with this code. */
	public static boolean isFixable(String issueCode) {
		return AiaasLinkingDiagnosticMessageProvider.UNKNOWN_REFERENCE.equals(issueCode)
				|| IssueCodes.WRONG_DIMENSION.equals(issueCode) || IssueCodes.UNKNOWN_UNIT.equals(issueCode)
				|| IssueCodes.MISSING_UNIT.equals(issueCode);
	}

	private List<TextFix> referenceFixes(XtextResource resource, int offset) {
		Optional<INode> found = crossReferenceNodeAt(resource, offset);
		if (found.isEmpty()) {
			return List.of();
		}
		INode node = found.get();
		EObject context = NodeModelUtils.findActualSemanticObjectFor(node);
		EReference reference = GrammarUtil.getReference((CrossReference) node.getGrammarElement(), context.eClass());
		if (reference == null) {
			return List.of();
		}
		String written = NodeModelUtils.getTokenText(node);
		TreeSet<String> known = new TreeSet<>();
		for (IEObjectDescription description : scopeProvider.getScope(context, reference).getAllElements()) {
			known.add(description.getName().toString());
		}
		List<String> candidates = Suggestions.ranked(written, known);
		if (candidates.isEmpty() && known.size() <= LISTED_AT_MOST) {
			candidates = new ArrayList<>(known);
		}
		List<TextFix> fixes = new ArrayList<>();
		for (String candidate : candidates) {
			fixes.add(new TextFix("Change to '" + candidate + "'", node.getOffset(), node.getLength(), written,
					candidate));
		}
		return fixes;
	}

	private static Optional<INode> crossReferenceNodeAt(XtextResource resource, int offset) {
		ICompositeNode root = resource.getParseResult().getRootNode();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		for (INode node = leaf; node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof CrossReference) {
				return Optional.of(node);
			}
		}
		return Optional.empty();
	}

	private List<TextFix> unitFixes(XtextResource resource, String issueCode, int offset) {
		Optional<Quantity> found = quantityAt(resource, offset);
		if (found.isEmpty()) {
			return List.of();
		}
		Quantity quantity = found.get();
		Optional<QuantityKind> kind = QuantityKind.of(quantity);
		if (kind.isEmpty()) {
			return List.of();
		}
		List<String> symbols = Units.of(kind.get().dimension()).stream().map(Unit::symbol).filter(s -> !s.isEmpty())
				.toList();
		if (IssueCodes.MISSING_UNIT.equals(issueCode)) {
			return missingUnitFixes(quantity, symbols);
		}
		List<INode> unitNodes = NodeModelUtils.findNodesForFeature(quantity, AiaasPackage.Literals.QUANTITY__UNIT);
		if (unitNodes.isEmpty()) {
			return List.of();
		}
		INode unitNode = unitNodes.get(0);
		String written = NodeModelUtils.getTokenText(unitNode);
		LinkedHashSet<String> ordered = new LinkedHashSet<>();
		if (IssueCodes.UNKNOWN_UNIT.equals(issueCode)) {
			ordered.addAll(Suggestions.ranked(written, symbols)); // a typo's fix first
		}
		ordered.addAll(symbols);
		List<TextFix> fixes = new ArrayList<>();
		for (String symbol : ordered) {
			fixes.add(new TextFix("Change unit to '" + symbol + "'", unitNode.getOffset(), unitNode.getLength(),
					unitText(resource, unitNode), symbol));
		}
		return fixes;
	}

	private static List<TextFix> missingUnitFixes(Quantity quantity, List<String> symbols) {
		List<INode> valueNodes = NodeModelUtils.findNodesForFeature(quantity, AiaasPackage.Literals.QUANTITY__VALUE);
		if (valueNodes.isEmpty()) {
			return List.of();
		}
		int end = valueNodes.get(0).getEndOffset();
		List<TextFix> fixes = new ArrayList<>();
		for (String symbol : symbols) {
			fixes.add(new TextFix("Add unit '" + symbol + "'", end, 0, "", " " + symbol));
		}
		return fixes;
	}

	/** The unit exactly as it stands in the text (a unit like "GB / s" may hold spaces). */
	private static String unitText(XtextResource resource, INode unitNode) {
		String text = resource.getParseResult().getRootNode().getText();
		return text.substring(unitNode.getOffset(), unitNode.getEndOffset());
	}

	private static Optional<Quantity> quantityAt(XtextResource resource, int offset) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		for (EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf); element != null;
				element = element.eContainer()) {
			if (element instanceof Quantity quantity) {
				return Optional.of(quantity);
			}
		}
		return Optional.empty();
	}
}
