package org.aiaas.diagram;

/**
 * Font sizes and an estimate of text width, shared by the layout and every renderer. The
 * estimate (average glyph width of a sans-serif font) needs no font system, so layout runs
 * headless; renderers use the same sizes, so labels fit their boxes.
 */
public final class TextMetrics {

	public static final double TITLE_SIZE = 13;
	public static final double DETAIL_SIZE = 11;
	public static final double LINE = 15;
	public static final double PADDING = 8;

	private TextMetrics() {
	}

	/** Estimated width of {@code text} at {@code size} pixels (0.6 em per glyph; 0.64 bold). */
	public static double width(String text, double size, boolean bold) {
		return text.length() * size * (bold ? 0.64 : 0.6);
	}

	/** Height of a box's heading: the title and its detail lines (and an overlay line). */
	public static double headingHeight(DiagramNode node) {
		int lines = 1 + node.details().size() + (node.overlay().isPresent() ? 1 : 0);
		return PADDING + lines * LINE;
	}

	/** Width the heading needs. */
	public static double headingWidth(DiagramNode node) {
		double width = width(node.label(), TITLE_SIZE, true);
		for (String detail : node.details()) {
			width = Math.max(width, width(detail, DETAIL_SIZE, false));
		}
		if (node.overlay().isPresent()) {
			width = Math.max(width, width(node.overlay().get().text(), DETAIL_SIZE, true));
		}
		return width + 2 * PADDING;
	}
}
