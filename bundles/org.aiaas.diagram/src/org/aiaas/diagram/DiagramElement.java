package org.aiaas.diagram;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * What nodes and edges share: the mapping that made it, the model element it shows, its label.
 */
public abstract sealed class DiagramElement permits DiagramNode, DiagramEdge {

	private final String id;
	private final String mapping;
	private final EObject element;
	private final String label;

	DiagramElement(String id, String mapping, EObject element, String label) {
		this.id = Objects.requireNonNull(id, "id");
		this.mapping = Objects.requireNonNull(mapping, "mapping");
		this.element = element;
		this.label = Objects.requireNonNull(label, "label");
	}

	/** Unique within the diagram, stable for the same scenario (used as SVG ids and in tests). */
	public String id() {
		return id;
	}

	/** The id of the viewpoint mapping that created this element ("cell", "link", ...). */
	public String mapping() {
		return mapping;
	}

	/** The scenario element shown (null only for synthetic elements). */
	public EObject element() {
		return element;
	}

	public String label() {
		return label;
	}
}
