package org.aiaas.diagram;

/** A box in diagram coordinates (pixels at zoom 1, origin top left, y downwards). */
public record Bounds(double x, double y, double width, double height) {

	public static final Bounds EMPTY = new Bounds(0, 0, 0, 0);

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	/** Whether the point lies in the box (edges included). */
	public boolean contains(double px, double py) {
		return px >= x && px <= right() && py >= y && py <= bottom();
	}

	/** Whether the two boxes share interior area (touching edges do not count). */
	public boolean overlaps(Bounds other) {
		return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
	}

	/** Whether {@code other} lies entirely inside this box. */
	public boolean encloses(Bounds other) {
		return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
	}
}
