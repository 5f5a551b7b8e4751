package org.aiaas.diagram.render;

import java.util.List;
import java.util.Locale;

import org.aiaas.diagram.Bounds;
import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramEdge.Point;
import org.aiaas.diagram.DiagramElement;
import org.aiaas.diagram.NodeStyle;
import org.aiaas.diagram.Rgb;

/**
 * A laid-out diagram as a standalone SVG document. Every node and edge is a {@code <g>} with the
 * element's id, its mapping as class and its label as {@code <title>} (a tooltip in browsers).
 */
public final class SvgWriter implements DrawingSurface {

	private final StringBuilder out = new StringBuilder();

	private SvgWriter() {
	}

	/** The SVG text of {@code diagram}, which must be laid out. */
	public static String write(Diagram diagram) {
		SvgWriter writer = new SvgWriter();
		double width = Math.ceil(DiagramPainter.width(diagram));
		double height = Math.ceil(DiagramPainter.height(diagram));
		writer.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
				.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"")
				.append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
				.append("\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n")
				.append("<title>").append(escape(diagram.name())).append("</title>\n")
				.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		DiagramPainter.paint(diagram, writer);
		writer.out.append("</svg>\n");
		return writer.out.toString();
	}

	@Override
	public void begin(DiagramElement element) {
		out.append("<g id=\"").append(element.id()).append("\" class=\"").append(escape(element.mapping()))
				.append("\"><title>").append(escape(element.label())).append("</title>\n");
	}

	@Override
	public void end() {
		out.append("</g>\n");
	}

	@Override
	public void box(Bounds b, NodeStyle.Shape shape, Rgb fill, Rgb stroke, double strokeWidth, boolean dashed) {
		String paint = " fill=\"" + fill.toHex() + "\" stroke=\"" + stroke.toHex() + "\" stroke-width=\"" + n(strokeWidth)
				+ "\"" + (dashed ? " stroke-dasharray=\"5 3\"" : "");
		switch (shape) {
		case ELLIPSE -> out.append("<ellipse cx=\"").append(n(b.x() + b.width() / 2)).append("\" cy=\"")
				.append(n(b.y() + b.height() / 2)).append("\" rx=\"").append(n(b.width() / 2)).append("\" ry=\"")
				.append(n(b.height() / 2)).append('"').append(paint).append("/>\n");
		case ROUNDED, RECTANGLE -> out.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y()))
				.append("\" width=\"").append(n(b.width())).append("\" height=\"").append(n(b.height())).append('"')
				.append(shape == NodeStyle.Shape.ROUNDED ? " rx=\"8\"" : "").append(paint).append("/>\n");
		}
	}

	@Override
	public void fill(Bounds b, Rgb fill) {
		out.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
				.append(n(b.width())).append("\" height=\"").append(n(b.height())).append("\" fill=\"")
				.append(fill.toHex()).append("\"/>\n");
	}

	@Override
	public void line(List<Point> points, Rgb stroke, double width, boolean dashed) {
		out.append("<polyline points=\"").append(points(points)).append("\" fill=\"none\" stroke=\"")
				.append(stroke.toHex()).append("\" stroke-width=\"").append(n(width)).append('"')
				.append(dashed ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
	}

	@Override
	public void polygon(List<Point> points, Rgb fill) {
		out.append("<polygon points=\"").append(points(points)).append("\" fill=\"").append(fill.toHex())
				.append("\"/>\n");
	}

	@Override
	public void text(String text, double x, double baseline, double size, boolean bold, Rgb colour) {
		out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(baseline)).append("\" font-size=\"")
				.append(n(size)).append('"').append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"")
				.append(colour.toHex()).append("\">").append(escape(text)).append("</text>\n");
	}

	private static String points(List<Point> points) {
		StringBuilder text = new StringBuilder();
		for (Point p : points) {
			text.append(text.isEmpty() ? "" : " ").append(n(p.x())).append(',').append(n(p.y()));
		}
		return text.toString();
	}

	/** A coordinate with at most one decimal, '.' as separator whatever the locale. */
	private static String n(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
	}

	/** Text safe inside XML content and attribute values; characters XML 1.0 forbids are dropped. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			default -> {
				if (c >= 0x20 || c == '\t' || c == '\n') {
					escaped.appendCodePoint(c);
				}
			}
			}
		});
		return escaped.toString();
	}
}
