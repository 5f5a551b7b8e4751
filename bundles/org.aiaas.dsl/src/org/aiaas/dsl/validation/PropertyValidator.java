package org.aiaas.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aiaas.model.Link;
import org.aiaas.model.NamedElement;
import org.aiaas.model.Scenario;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * A property is given once per element, and names are unique: a scenario and its imports share one
 * namespace, so a node and a cell cannot both be called {@code gnb1}.
 */
public class PropertyValidator extends AiaasCheckBase {

	@Check
	public void checkPropertiesGivenOnce(EObject object) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isMany() || feature.isDerived() || feature.isTransient()) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
			for (int i = 1; i < nodes.size(); i++) {
				INode again = nodes.get(i);
				getMessageAcceptor().acceptError(
						"'" + ElementNames.propertyName(feature) + "' is given twice in "
								+ ElementNames.describe(object) + " (first at line " + nodes.get(0).getStartLine()
								+ "); keep one",
						object, again.getOffset(), again.getLength(), IssueCodes.DUPLICATE_PROPERTY);
			}
		}
	}

	@Check
	public void checkNamesUnique(Scenario scenario) {
		Map<String, NamedElement> first = new HashMap<>();
		for (NamedElement element : namedElements(scenario)) {
			if (element.getName() == null) {
				continue;
			}
			NamedElement earlier = first.putIfAbsent(element.getName(), element);
			if (earlier != null) {
				error("duplicate name '" + element.getName() + "': " + ElementNames.kindOf(earlier.eClass())
						+ " '" + earlier.getName() + "' is declared at line " + line(earlier)
						+ "; every name in a scenario must be unique", element, P.getNamedElement_Name(),
						IssueCodes.DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void checkLinksUnique(Scenario scenario) {
		Map<String, Link> first = new HashMap<>();
		for (Link link : scenario.getLinks()) {
			if (link.getSource() == null || link.getTarget() == null || link.getSource().eIsProxy()
					|| link.getTarget().eIsProxy()) {
				continue;
			}
			String key = link.getSource().getName() + "->" + link.getTarget().getName();
			Link earlier = first.putIfAbsent(key, link);
			if (earlier != null) {
				warning("a second link " + key.replace("->", " -> ") + " (the first is at line " + line(earlier)
						+ "); only the first is used", link, null, IssueCodes.DUPLICATE_NAME);
			}
		}
	}

	static List<NamedElement> namedElements(Scenario scenario) {
		List<NamedElement> all = new ArrayList<>();
		all.addAll(scenario.getAccelerators());
		all.addAll(scenario.getNodes());
		all.addAll(scenario.getCells());
		all.addAll(scenario.getDeviceGroups());
		all.addAll(scenario.getModels());
		all.addAll(scenario.getWorkloads());
		all.addAll(scenario.getTrainingJobs());
		return all;
	}

	static int line(EObject object) {
		INode node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getStartLine();
	}
}
