package org.aiaas.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.aiaas.diagram.Bounds;
import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramEdge.Point;
import org.aiaas.diagram.NodeStyle;
import org.aiaas.diagram.Rgb;

/**
 * A laid-out diagram as a PNG image, drawn with java.awt on an in-memory image: no display is
 * needed (headless AWT).
 */
public final class PngRenderer implements DrawingSurface {

	/** The largest image side in pixels: beyond it the scale is reduced so memory stays bounded. */
	public static final int MAX_SIDE = 16_384;

	private final Graphics2D graphics;

	private PngRenderer(Graphics2D graphics) {
		this.graphics = graphics;
	}

	/** The diagram drawn at {@code scale} (1 = one pixel per diagram unit), reduced to fit {@link #MAX_SIDE}. */
	public static BufferedImage render(Diagram diagram, double scale) {
		double width = DiagramPainter.width(diagram);
		double height = DiagramPainter.height(diagram);
		double fit = Math.min(scale, MAX_SIDE / Math.max(1, Math.max(width, height)));
		BufferedImage image = new BufferedImage(Math.max(1, (int) Math.ceil(width * fit)),
				Math.max(1, (int) Math.ceil(height * fit)), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.scale(fit, fit);
			DiagramPainter.paint(diagram, new PngRenderer(graphics));
		} finally {
			graphics.dispose();
		}
		return image;
	}

	/** Writes the diagram as PNG. */
	public static void write(Diagram diagram, double scale, OutputStream out) throws IOException {
		if (!ImageIO.write(render(diagram, scale), "png", out)) {
			throw new IOException("this Java runtime has no PNG writer");
		}
	}

	@Override
	public void box(Bounds b, NodeStyle.Shape shape, Rgb fill, Rgb stroke, double strokeWidth, boolean dashed) {
		java.awt.Shape outline = switch (shape) {
		case ELLIPSE -> new Ellipse2D.Double(b.x(), b.y(), b.width(), b.height());
		case ROUNDED -> new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 16, 16);
		case RECTANGLE -> new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
		};
		graphics.setColor(colour(fill));
		graphics.fill(outline);
		graphics.setColor(colour(stroke));
		graphics.setStroke(stroke(strokeWidth, dashed));
		graphics.draw(outline);
	}

	@Override
	public void fill(Bounds b, Rgb fill) {
		graphics.setColor(colour(fill));
		graphics.fill(new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height()));
	}

	@Override
	public void line(List<Point> points, Rgb stroke, double width, boolean dashed) {
		graphics.setColor(colour(stroke));
		graphics.setStroke(stroke(width, dashed));
		graphics.draw(path(points, false));
	}

	@Override
	public void polygon(List<Point> points, Rgb fill) {
		graphics.setColor(colour(fill));
		graphics.fill(path(points, true));
	}

	@Override
	public void text(String text, double x, double baseline, double size, boolean bold, Rgb colour) {
		graphics.setColor(colour(colour));
		graphics.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)));
		graphics.drawString(text, (float) x, (float) baseline);
	}

	private static Path2D path(List<Point> points, boolean closed) {
		Path2D.Double path = new Path2D.Double();
		for (int i = 0; i < points.size(); i++) {
			if (i == 0) {
				path.moveTo(points.get(i).x(), points.get(i).y());
			} else {
				path.lineTo(points.get(i).x(), points.get(i).y());
			}
		}
		if (closed) {
			path.closePath();
		}
		return path;
	}

	private static BasicStroke stroke(double width, boolean dashed) {
		return dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
				new float[] { 6, 4 }, 0) : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
	}

	private static Color colour(Rgb rgb) {
		return new Color(rgb.red(), rgb.green(), rgb.blue());
	}
}
