package org.aiaas.diagram.viewpoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramNode;
import org.aiaas.model.Scenario;
import org.eclipse.emf.ecore.EObject;

/**
 * Applies a {@link Viewpoint} to a scenario: one box per candidate and container, one line per
 * pair of ends whose boxes exist. References that do not resolve (text still being typed) are
 * skipped rather than failing, so the diagram of a half-written scenario still shows what is there.
 */
public final class DiagramBuilder {

	private final Viewpoint viewpoint;

	public DiagramBuilder(Viewpoint viewpoint) {
		this.viewpoint = Objects.requireNonNull(viewpoint, "viewpoint");
	}

	/** The diagram of {@code scenario}, not yet laid out. */
	public Diagram build(Scenario scenario) {
		Objects.requireNonNull(scenario, "scenario");
		Diagram diagram = new Diagram(scenario.getName() == null ? "scenario" : scenario.getName());
		Map<EObject, List<DiagramNode>> views = new HashMap<>();
		for (NodeMapping<?> mapping : viewpoint.nodes()) {
			addNodes(diagram, scenario, mapping, views);
		}
		for (EdgeMapping<?> mapping : viewpoint.edges()) {
			addEdges(diagram, scenario, mapping, views);
		}
		return diagram;
	}

	private static <T extends EObject> void addNodes(Diagram diagram, Scenario scenario, NodeMapping<T> mapping,
			Map<EObject, List<DiagramNode>> views) {
		for (T element : mapping.candidates().apply(scenario)) {
			if (element == null || element.eIsProxy()) {
				continue;
			}
			List<DiagramNode> containers = new ArrayList<>();
			for (EObject parent : mapping.parents().apply(element)) {
				if (parent != null && !parent.eIsProxy()) {
					containers.addAll(views.getOrDefault(parent, List.of()));
				}
			}
			String label = Objects.requireNonNullElse(mapping.label().apply(element), "");
			List<String> details = mapping.details().apply(element);
			if (containers.isEmpty()) {
				containers.add(null); // top level
			}
			for (DiagramNode container : containers) {
				DiagramNode node = diagram.addNode(mapping.id(), element, label, details, mapping.style().apply(element),
						mapping.container(), container);
				views.computeIfAbsent(element, e -> new ArrayList<>()).add(node);
			}
		}
	}

	private static <T extends EObject> void addEdges(Diagram diagram, Scenario scenario, EdgeMapping<T> mapping,
			Map<EObject, List<DiagramNode>> views) {
		for (T element : mapping.candidates().apply(scenario)) {
			if (element == null || element.eIsProxy()) {
				continue;
			}
			for (EdgeMapping.Ends ends : mapping.ends().apply(element)) {
				DiagramNode source = find(views, ends.source(), ends.sourceParent());
				DiagramNode target = find(views, ends.target(), ends.targetParent());
				if (source != null && target != null && source != target) {
					diagram.addEdge(mapping.id(), element, Objects.requireNonNullElse(mapping.label().apply(element), ""),
							source, target, mapping.style());
				}
			}
		}
	}

	/** The box of {@code element} inside the box of {@code parent}, or its first box when parent is null. */
	private static DiagramNode find(Map<EObject, List<DiagramNode>> views, EObject element, EObject parent) {
		if (element == null || element.eIsProxy()) {
			return null;
		}
		for (DiagramNode node : views.getOrDefault(element, List.of())) {
			if (parent == null || node.parent() != null && node.parent().element() == parent) {
				return node;
			}
		}
		return null;
	}
}
