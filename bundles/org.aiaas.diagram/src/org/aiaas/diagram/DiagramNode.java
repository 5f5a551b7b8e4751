package org.aiaas.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * A box in the diagram: a plain node, or a container (a cell holding its device groups, a compute
 * node holding its accelerators and models). Bounds are absolute once the diagram is laid out.
 */
public final class DiagramNode extends DiagramElement {

	private final List<String> details;
	private final NodeStyle style;
	private final boolean container;
	private final DiagramNode parent;
	private final List<DiagramNode> children = new ArrayList<>();
	private Bounds bounds = Bounds.EMPTY;
	private Overlay overlay;

	DiagramNode(String id, String mapping, EObject element, String label, List<String> details, NodeStyle style,
			boolean container, DiagramNode parent) {
		super(id, mapping, element, label);
		this.details = List.copyOf(details);
		this.style = Objects.requireNonNull(style, "style");
		this.container = container;
		this.parent = parent;
	}

	/** Lines under the label ("n78 · 100 MHz"). */
	public List<String> details() {
		return details;
	}

	public NodeStyle style() {
		return style;
	}

	/** Whether this node is drawn as a container with a title bar above its children. */
	public boolean isContainer() {
		return container;
	}

	/** The container this node is drawn in, or null at the top level. */
	public DiagramNode parent() {
		return parent;
	}

	public List<DiagramNode> children() {
		return Collections.unmodifiableList(children);
	}

	void addChild(DiagramNode child) {
		children.add(child);
	}

	/** Absolute position and size (zero before layout). */
	public Bounds bounds() {
		return bounds;
	}

	public void setBounds(Bounds bounds) {
		this.bounds = Objects.requireNonNull(bounds, "bounds");
	}

	/** The run figure drawn on this node, if results were overlaid. */
	public Optional<Overlay> overlay() {
		return Optional.ofNullable(overlay);
	}

	/** Sets the run figure; do it before the layout, which makes room for it. */
	public void setOverlay(Overlay overlay) {
		this.overlay = overlay;
	}

	@Override
	public String toString() {
		return mapping() + " " + label();
	}
}
