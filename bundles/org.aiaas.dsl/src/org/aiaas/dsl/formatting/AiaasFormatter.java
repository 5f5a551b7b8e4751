package org.aiaas.dsl.formatting;

import java.util.HashSet;
import java.util.Set;

import org.aiaas.model.Accelerator;
import org.aiaas.model.AiModel;
import org.aiaas.model.Cell;
import org.aiaas.model.DeviceGroup;
import org.aiaas.model.Link;
import org.aiaas.model.Node;
import org.aiaas.model.Scenario;
import org.aiaas.model.TrainingJob;
import org.aiaas.model.Workload;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;

/**
 * Tidies a scenario without reflowing it: the author's line breaks stay (at most one blank line),
 * declarations start on their own line, blocks of declarations are indented by one tab, and
 * tokens are one space apart — except around the dot of a sweep target ({@code vision.rate}) and
 * before commas. Units and signed numbers are single tokens to the formatter and stay as written.
 */
public class AiaasFormatter extends AbstractFormatter2 {

	private static final Set<Class<?>> DECLARATIONS = Set.of(Accelerator.class, Node.class, Cell.class,
			DeviceGroup.class, Link.class, AiModel.class, Workload.class, TrainingJob.class);

	private static final Procedure1<IHiddenRegionFormatter> NEW_LINE = it -> it.setNewLines(1, 1, 2);

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			resource.getContents().forEach(root -> formatTree(root, document));
			return;
		}
		if (object instanceof EObject root && root.eContainer() == null) {
			formatTree(root, document);
		}
	}

	private void formatTree(EObject root, IFormattableDocument document) {
		Set<ISemanticRegion> breakAfter = new HashSet<>();
		Set<ISemanticRegion> breakBefore = new HashSet<>();
		collectBlocks(root, document, breakAfter, breakBefore);
		root.eAllContents().forEachRemaining(object -> collectBlocks(object, document, breakAfter, breakBefore));
		ISemanticRegion previous = null;
		for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(root)) {
			if (previous != null) {
				boolean lineBreak = breakAfter.contains(previous) || breakBefore.contains(region);
				document.set(previous.getNextHiddenRegion(), lineBreak ? NEW_LINE : spacing(previous, region));
			}
			previous = region;
		}
	}

	/**
	 * Indents every block; a declaration block written over several lines gets its braces on lines
	 * of their own, and each top-level declaration starts a line.
	 */
	private void collectBlocks(EObject object, IFormattableDocument document, Set<ISemanticRegion> breakAfter,
			Set<ISemanticRegion> breakBefore) {
		boolean declarationBlock = object instanceof Scenario || isDeclaration(object);
		for (var pair : textRegionExtensions.regionFor(object).keywordPairs("{", "}")) {
			document.interior(pair, IHiddenRegionFormatter::indent);
			if (declarationBlock && spansLines(pair.getKey(), pair.getValue())) {
				breakAfter.add(pair.getKey());
				breakBefore.add(pair.getValue());
			}
		}
		if (object instanceof Scenario) {
			for (EObject child : object.eContents()) {
				ISemanticRegion first = isDeclaration(child)
						? textRegionExtensions.regionForEObject(child).getPreviousHiddenRegion().getNextSemanticRegion()
						: null;
				if (first != null) {
					breakBefore.add(first);
				}
			}
		}
	}

	private static boolean isDeclaration(EObject object) {
		return DECLARATIONS.stream().anyMatch(c -> c.isInstance(object));
	}

	private static boolean spansLines(ISemanticRegion open, ISemanticRegion close) {
		return open.getLineRegions().get(0).getOffset() != close.getLineRegions().get(0).getOffset();
	}

	private Procedure1<IHiddenRegionFormatter> spacing(ISemanticRegion left, ISemanticRegion right) {
		String leftText = left.getText();
		String rightText = right.getText();
		boolean tight = ",".equals(rightText) || sameRule(left, right, "Unit") || sameRule(left, right, "SignedNumber")
				|| ".".equals(leftText) || ".".equals(rightText);
		if (tight) {
			return IHiddenRegionFormatter::noSpace;
		}
		return it -> {
			it.setNewLines(0, 0, 2);
			it.oneSpace();
		};
	}

	private static boolean sameRule(ISemanticRegion left, ISemanticRegion right, String ruleName) {
		return left.getSemanticElement() == right.getSemanticElement() && ruleName.equals(ruleOf(left))
				&& ruleName.equals(ruleOf(right));
	}

	private static String ruleOf(ISemanticRegion region) {
		if (region.getGrammarElement() == null) {
			return "";
		}
		AbstractRule rule = GrammarUtil.containingRule(region.getGrammarElement());
		return rule == null ? "" : rule.getName();
	}
}
