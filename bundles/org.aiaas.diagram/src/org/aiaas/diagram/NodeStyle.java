package org.aiaas.diagram;

import java.util.Objects;

/**
 * How a node or container is drawn (the "style" of a Sirius node mapping).
 *
 * @param shape  the outline
 * @param fill   background colour
 * @param stroke outline and title colour
 * @param dashed whether the outline is dashed
 */
public record NodeStyle(Shape shape, Rgb fill, Rgb stroke, boolean dashed) {

	/** Outlines a node can have. */
	public enum Shape {
		/** A rectangle with rounded corners. */
		ROUNDED,
		/** A plain rectangle. */
		RECTANGLE,
		/** An ellipse inscribed in the node's box. */
		ELLIPSE
	}

	public NodeStyle {
		Objects.requireNonNull(shape, "shape");
		Objects.requireNonNull(fill, "fill");
		Objects.requireNonNull(stroke, "stroke");
	}
}
