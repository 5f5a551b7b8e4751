package org.aiaas.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramEdge;
import org.aiaas.diagram.DiagramNode;

/**
 * The connected parts of a diagram: top-level boxes joined by an edge between anything inside
 * them belong to one part. Parts are laid out one by one (ELK Layered cannot separate the parts
 * of a graph whose containers it lays out together) and then packed side by side.
 *
 * @param roots the top-level boxes of the part, in diagram order
 * @param edges the edges of the part, in diagram order
 */
record Components(List<DiagramNode> roots, List<DiagramEdge> edges) {

	static List<Components> of(Diagram diagram) {
		Map<DiagramNode, DiagramNode> leader = new HashMap<>();
		for (DiagramNode root : diagram.roots()) {
			leader.put(root, root);
		}
		for (DiagramEdge edge : diagram.edges()) {
			DiagramNode a = find(leader, root(edge.source()));
			DiagramNode b = find(leader, root(edge.target()));
			if (a != b) {
				leader.put(b, a);
			}
		}
		Map<DiagramNode, Components> parts = new LinkedHashMap<>();
		for (DiagramNode root : diagram.roots()) {
			parts.computeIfAbsent(find(leader, root), r -> new Components(new ArrayList<>(), new ArrayList<>()))
					.roots().add(root);
		}
		for (DiagramEdge edge : diagram.edges()) {
			parts.get(find(leader, root(edge.source()))).edges().add(edge);
		}
		return List.copyOf(parts.values());
	}

	/** The top-level box that holds {@code node}. */
	static DiagramNode root(DiagramNode node) {
		DiagramNode root = node;
		while (root.parent() != null) {
			root = root.parent();
		}
		return root;
	}

	private static DiagramNode find(Map<DiagramNode, DiagramNode> leader, DiagramNode node) {
		DiagramNode current = node;
		while (leader.get(current) != current) {
			DiagramNode next = leader.get(current);
			leader.put(current, leader.get(next)); // path halving
			current = next;
		}
		return current;
	}
}
