package org.aiaas.diagram.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aiaas.diagram.Bounds;
import org.aiaas.diagram.DiagramEdge.Point;
import org.aiaas.diagram.NodeStyle;
import org.aiaas.diagram.Rgb;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.widgets.Display;

/**
 * The diagram painter's operations on an SWT graphics context (the canvas, or an image for
 * export). Colours and fonts are made on demand and freed by {@link #dispose()}.
 */
final class SwtSurface implements org.aiaas.diagram.render.DrawingSurface {

	private final GC gc;
	private final Display display;
	private final Map<Rgb, Color> colours = new HashMap<>();
	private final Map<String, Font> fonts = new HashMap<>();

	SwtSurface(GC gc) {
		this.gc = gc;
		this.display = gc.getDevice() instanceof Display d ? d : Display.getCurrent();
		gc.setAdvanced(true);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
	}

	@Override
	public void box(Bounds b, NodeStyle.Shape shape, Rgb fill, Rgb stroke, double strokeWidth, boolean dashed) {
		int x = (int) Math.round(b.x());
		int y = (int) Math.round(b.y());
		int w = (int) Math.round(b.width());
		int h = (int) Math.round(b.height());
		gc.setBackground(colour(fill));
		gc.setForeground(colour(stroke));
		gc.setLineWidth((int) Math.max(1, Math.round(strokeWidth)));
		gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
		switch (shape) {
		case ELLIPSE -> {
			gc.fillOval(x, y, w, h);
			gc.drawOval(x, y, w, h);
		}
		case ROUNDED -> {
			gc.fillRoundRectangle(x, y, w, h, 16, 16);
			gc.drawRoundRectangle(x, y, w, h, 16, 16);
		}
		case RECTANGLE -> {
			gc.fillRectangle(x, y, w, h);
			gc.drawRectangle(x, y, w, h);
		}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	@Override
	public void fill(Bounds b, Rgb fill) {
		gc.setBackground(colour(fill));
		gc.fillRectangle((int) Math.round(b.x()), (int) Math.round(b.y()), (int) Math.round(b.width()),
				(int) Math.max(1, Math.round(b.height())));
	}

	@Override
	public void line(List<Point> points, Rgb stroke, double width, boolean dashed) {
		Path path = path(points, false);
		try {
			gc.setForeground(colour(stroke));
			gc.setLineWidth((int) Math.max(1, Math.round(width)));
			gc.setLineDash(dashed ? new int[] { 6, 4 } : null);
			gc.drawPath(path);
			gc.setLineDash(null);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void polygon(List<Point> points, Rgb fill) {
		Path path = path(points, true);
		try {
			gc.setBackground(colour(fill));
			gc.fillPath(path);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void text(String text, double x, double baseline, double size, boolean bold, Rgb colour) {
		gc.setFont(font(size, bold));
		gc.setForeground(colour(colour));
		int ascent = gc.getFontMetrics().getAscent();
		gc.drawString(text, (int) Math.round(x), (int) Math.round(baseline) - ascent, true);
	}

	void dispose() {
		colours.values().forEach(Color::dispose);
		fonts.values().forEach(Font::dispose);
	}

	private Path path(List<Point> points, boolean closed) {
		Path path = new Path(display);
		for (int i = 0; i < points.size(); i++) {
			if (i == 0) {
				path.moveTo((float) points.get(i).x(), (float) points.get(i).y());
			} else {
				path.lineTo((float) points.get(i).x(), (float) points.get(i).y());
			}
		}
		if (closed) {
			path.close();
		}
		return path;
	}

	private Color colour(Rgb rgb) {
		return colours.computeIfAbsent(rgb, c -> new Color(c.red(), c.green(), c.blue()));
	}

	/** A sans-serif font whose pixel size is {@code size} (SWT sizes fonts in points). */
	private Font font(double size, boolean bold) {
		int points = (int) Math.max(6, Math.round(size * 72 / display.getDPI().y));
		return fonts.computeIfAbsent(points + (bold ? "b" : ""),
				k -> new Font(display, "Sans", points, bold ? SWT.BOLD : SWT.NORMAL));
	}
}
