package org.aiaas.diagram;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/** A line from one node to another, with an optional label; its route is set by the layout. */
public final class DiagramEdge extends DiagramElement {

	private final DiagramNode source;
	private final DiagramNode target;
	private final EdgeStyle style;
	private List<Point> route = List.of();
	private Bounds labelBounds = Bounds.EMPTY;
	private Overlay overlay;

	/** A point of an edge's route, absolute diagram coordinates. */
	public record Point(double x, double y) {
	}

	DiagramEdge(String id, String mapping, EObject element, String label, DiagramNode source, DiagramNode target,
			EdgeStyle style) {
		super(id, mapping, element, label);
		this.source = Objects.requireNonNull(source, "source");
		this.target = Objects.requireNonNull(target, "target");
		this.style = Objects.requireNonNull(style, "style");
	}

	public DiagramNode source() {
		return source;
	}

	public DiagramNode target() {
		return target;
	}

	public EdgeStyle style() {
		return style;
	}

	/** Start, bend points and end (empty before layout). */
	public List<Point> route() {
		return route;
	}

	public void setRoute(List<Point> route) {
		this.route = List.copyOf(route);
	}

	/** Where the label goes (empty before layout or without a label). */
	public Bounds labelBounds() {
		return labelBounds;
	}

	public void setLabelBounds(Bounds labelBounds) {
		this.labelBounds = Objects.requireNonNull(labelBounds, "labelBounds");
	}

	/** A run's figure on this line (a link's load), set before layout; empty without results. */
	public Optional<Overlay> overlay() {
		return Optional.ofNullable(overlay);
	}

	public void setOverlay(Overlay overlay) {
		this.overlay = overlay;
	}

	/** The text drawn beside the line: its label, then the overlay's figure when there is one. */
	public String shownLabel() {
		if (overlay == null) {
			return label();
		}
		return label().isEmpty() ? overlay.text() : label() + " · " + overlay.text();
	}

	@Override
	public String toString() {
		return mapping() + " " + source.label() + " -> " + target.label() + (label().isEmpty() ? "" : " [" + label() + "]");
	}
}
