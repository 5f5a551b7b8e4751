package org.aiaas.diagram;

import java.util.Objects;

/**
 * How an edge is drawn (the "style" of a Sirius edge mapping).
 *
 * @param stroke line colour
 * @param width  line width in pixels
 * @param dashed whether the line is dashed
 * @param arrow  whether the target end has an arrow head
 */
public record EdgeStyle(Rgb stroke, double width, boolean dashed, boolean arrow) {

	public EdgeStyle {
		Objects.requireNonNull(stroke, "stroke");
		if (!(width > 0)) {
			throw new IllegalArgumentException("edge width must be positive, got " + width);
		}
	}
}
