package org.aiaas.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;

/**
 * A diagram of one scenario under one viewpoint: top-level nodes (with their children) and edges.
 * Built by {@link org.aiaas.diagram.viewpoint.DiagramBuilder}, positioned by
 * {@link org.aiaas.diagram.layout.DiagramLayout}, drawn by {@link org.aiaas.diagram.render.DiagramPainter}.
 */
public final class Diagram {

	private final String name;
	private final List<DiagramNode> roots = new ArrayList<>();
	private final List<DiagramNode> allNodes = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	private double width;
	private double height;

	public Diagram(String name) {
		this.name = Objects.requireNonNull(name, "name");
	}

	/** The scenario's name, used as the diagram's title. */
	public String name() {
		return name;
	}

	/** Creates a node inside {@code parent} (or at the top level when parent is null). */
	public DiagramNode addNode(String mapping, EObject element, String label, List<String> details, NodeStyle style,
			boolean container, DiagramNode parent) {
		DiagramNode node = new DiagramNode("n" + allNodes.size(), mapping, element, label, details, style, container,
				parent);
		allNodes.add(node);
		if (parent == null) {
			roots.add(node);
		} else {
			parent.addChild(node);
		}
		return node;
	}

	public DiagramEdge addEdge(String mapping, EObject element, String label, DiagramNode source, DiagramNode target,
			EdgeStyle style) {
		DiagramEdge edge = new DiagramEdge("e" + edges.size(), mapping, element, label, source, target, style);
		edges.add(edge);
		return edge;
	}

	/** Something the reader should know that the picture cannot show ("workload x: no node can serve it"). */
	public void addNote(String note) {
		notes.add(Objects.requireNonNull(note, "note"));
	}

	public List<String> notes() {
		return Collections.unmodifiableList(notes);
	}

	public List<DiagramNode> roots() {
		return Collections.unmodifiableList(roots);
	}

	/** Every node, containers and their children, in creation order. */
	public List<DiagramNode> nodes() {
		return Collections.unmodifiableList(allNodes);
	}

	public List<DiagramEdge> edges() {
		return Collections.unmodifiableList(edges);
	}

	/** The nodes made by one mapping. */
	public List<DiagramNode> nodes(String mapping) {
		return allNodes.stream().filter(n -> n.mapping().equals(mapping)).toList();
	}

	/** The edges made by one mapping. */
	public List<DiagramEdge> edges(String mapping) {
		return edges.stream().filter(e -> e.mapping().equals(mapping)).toList();
	}

	/** Every element, nodes first. */
	public Stream<DiagramElement> elements() {
		return Stream.concat(allNodes.stream(), edges.stream());
	}

	/** The first node (in creation order) showing {@code element}. */
	public Optional<DiagramNode> nodeOf(EObject element) {
		return allNodes.stream().filter(n -> n.element() == element).findFirst();
	}

	/** Width of the laid-out drawing, margins included. */
	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	public void setSize(double width, double height) {
		this.width = width;
		this.height = height;
	}
}
