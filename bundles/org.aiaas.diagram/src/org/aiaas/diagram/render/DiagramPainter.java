package org.aiaas.diagram.render;

import java.util.List;

import org.aiaas.diagram.Bounds;
import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramEdge;
import org.aiaas.diagram.DiagramEdge.Point;
import org.aiaas.diagram.DiagramNode;
import org.aiaas.diagram.Overlay;
import org.aiaas.diagram.Rgb;
import org.aiaas.diagram.TextMetrics;

/**
 * Draws a laid-out diagram on a {@link DrawingSurface}: containers first (so their children are on
 * top), then edges with arrow heads and labels, then the diagram's notes below the drawing.
 */
public final class DiagramPainter {

	private static final Rgb TEXT = Rgb.hex("#212121");
	private static final Rgb MUTED = Rgb.hex("#616161");
	private static final Rgb LABEL_BACKGROUND = Rgb.hex("#ffffff");
	private static final Rgb GREEN = Rgb.hex("#2e7d32");
	private static final Rgb AMBER = Rgb.hex("#f9a825");
	private static final Rgb RED = Rgb.hex("#c62828");
	private static final double ARROW = 8;

	private DiagramPainter() {
	}

	/** The full drawing's height: the laid-out diagram plus its notes. */
	public static double height(Diagram diagram) {
		return diagram.height() + (diagram.notes().isEmpty() ? 0 : diagram.notes().size() * TextMetrics.LINE + 8);
	}

	/** The full drawing's width: the diagram, or a wider note. */
	public static double width(Diagram diagram) {
		double width = diagram.width();
		for (String note : diagram.notes()) {
			width = Math.max(width, TextMetrics.width(note, TextMetrics.DETAIL_SIZE, false) + 40);
		}
		return width;
	}

	public static void paint(Diagram diagram, DrawingSurface surface) {
		for (DiagramNode node : diagram.nodes()) {
			surface.begin(node);
			paintNode(node, surface);
			surface.end();
		}
		for (DiagramEdge edge : diagram.edges()) {
			surface.begin(edge);
			paintEdge(edge, surface);
			surface.end();
		}
		double y = diagram.height();
		for (String note : diagram.notes()) {
			y += TextMetrics.LINE;
			surface.text("⚠ " + note, 20, y, TextMetrics.DETAIL_SIZE, false, RED);
		}
	}

	/** The colour of a load level: green when idle, amber at half, red at 100 % and above. */
	public static Rgb levelColour(double level) {
		return level < 0.5 ? GREEN.towards(AMBER, level * 2) : AMBER.towards(RED, (level - 0.5) * 2);
	}

	private static void paintNode(DiagramNode node, DrawingSurface surface) {
		Bounds b = node.bounds();
		surface.box(b, node.style().shape(), node.style().fill(), node.style().stroke(), node.isContainer() ? 1.5 : 1,
				node.style().dashed());
		double x = b.x() + TextMetrics.PADDING;
		if (node.style().shape() == org.aiaas.diagram.NodeStyle.Shape.ELLIPSE) {
			x = b.x() + (b.width() - TextMetrics.headingWidth(node)) / 2 + TextMetrics.PADDING;
		}
		double y = b.y() + TextMetrics.PADDING / 2 + TextMetrics.LINE;
		surface.text(node.label(), x, y - 2, TextMetrics.TITLE_SIZE, true, node.isContainer() ? node.style().stroke() : TEXT);
		for (String detail : node.details()) {
			y += TextMetrics.LINE;
			surface.text(detail, x, y - 2, TextMetrics.DETAIL_SIZE, false, MUTED);
		}
		if (node.overlay().isPresent()) {
			Overlay overlay = node.overlay().get();
			y += TextMetrics.LINE;
			Rgb colour = levelColour(overlay.level());
			double bar = Math.min(1, overlay.level()) * (b.width() - 2 * TextMetrics.PADDING);
			surface.fill(new Bounds(x, y + 1, b.width() - 2 * TextMetrics.PADDING, 3), Rgb.hex("#e0e0e0"));
			surface.fill(new Bounds(x, y + 1, bar, 3), colour);
			surface.text(overlay.text(), x, y - 2, TextMetrics.DETAIL_SIZE, true, colour);
		}
	}

	private static void paintEdge(DiagramEdge edge, DrawingSurface surface) {
		List<Point> route = edge.route();
		if (route.size() < 2) {
			return;
		}
		Rgb stroke = edge.overlay().map(o -> levelColour(o.level())).orElse(edge.style().stroke());
		double width = edge.overlay().isPresent() ? Math.max(2, edge.style().width()) : edge.style().width();
		surface.line(route, stroke, width, edge.style().dashed());
		if (edge.style().arrow()) {
			surface.polygon(arrowHead(route.get(route.size() - 2), route.get(route.size() - 1)), stroke);
		}
		String label = edge.shownLabel();
		if (!label.isEmpty() && edge.labelBounds().width() > 0) {
			Bounds at = edge.labelBounds();
			double textWidth = TextMetrics.width(label, TextMetrics.DETAIL_SIZE, false);
			surface.fill(new Bounds(at.x(), at.y(), textWidth + 4, at.height()), LABEL_BACKGROUND);
			surface.text(label, at.x() + 2, at.y() + at.height() - 3, TextMetrics.DETAIL_SIZE, edge.overlay().isPresent(),
					edge.overlay().isPresent() ? stroke : MUTED);
		}
	}

	/** A triangle with its tip at {@code tip}, pointing along from → tip. */
	private static List<Point> arrowHead(Point from, Point tip) {
		double dx = tip.x() - from.x();
		double dy = tip.y() - from.y();
		double length = Math.hypot(dx, dy);
		if (length == 0) {
			return List.of(tip, tip, tip);
		}
		double ux = dx / length;
		double uy = dy / length;
		double baseX = tip.x() - ux * ARROW;
		double baseY = tip.y() - uy * ARROW;
		return List.of(tip, new Point(baseX - uy * ARROW / 2, baseY + ux * ARROW / 2),
				new Point(baseX + uy * ARROW / 2, baseY - ux * ARROW / 2));
	}
}
