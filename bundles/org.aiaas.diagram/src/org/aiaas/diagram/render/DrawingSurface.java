package org.aiaas.diagram.render;

import java.util.List;

import org.aiaas.diagram.Bounds;
import org.aiaas.diagram.DiagramEdge.Point;
import org.aiaas.diagram.DiagramElement;
import org.aiaas.diagram.NodeStyle;
import org.aiaas.diagram.Rgb;

/**
 * The few drawing operations a diagram needs, in diagram coordinates. Implemented for SVG text,
 * for java.awt (PNG) and, in the workbench, for an SWT graphics context, so that all three draw
 * the same picture through one {@link DiagramPainter}.
 */
public interface DrawingSurface {

	/** A box outline filled with {@code fill}. */
	void box(Bounds bounds, NodeStyle.Shape shape, Rgb fill, Rgb stroke, double strokeWidth, boolean dashed);

	/** A filled rectangle without outline (label backgrounds, overlay bars). */
	void fill(Bounds bounds, Rgb fill);

	/** An open polyline. */
	void line(List<Point> points, Rgb stroke, double width, boolean dashed);

	/** A filled polygon (arrow heads). */
	void polygon(List<Point> points, Rgb fill);

	/** Text starting at x, with its baseline at y. */
	void text(String text, double x, double baseline, double size, boolean bold, Rgb colour);

	/** Everything drawn until {@link #end} belongs to {@code element} (SVG groups it; others ignore it). */
	default void begin(DiagramElement element) {
	}

	default void end() {
	}
}
