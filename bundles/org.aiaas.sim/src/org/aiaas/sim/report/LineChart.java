package org.aiaas.sim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lines over a numeric x axis, one per series (response-time CDFs, queue length over time). A
 * series of a single point is drawn as a dot, since a line needs two. Non-finite points are
 * skipped.
 */
public final class LineChart extends SvgChart {

	/** One point of a series. */
	public record Point(double x, double y) {
	}

	private record Series(String name, List<Point> points) {
	}

	private final List<Series> series = new ArrayList<>();
	private Double yMin;
	private Double yMax;

	public LineChart(String title, String xLabel, String yLabel) {
		super(title, xLabel, yLabel);
	}

	/** Adds a line; its colour follows the order of calls. */
	public LineChart addSeries(String name, List<Point> points) {
		List<Point> finite = points.stream()
				.filter(p -> Double.isFinite(p.x()) && Double.isFinite(p.y()))
				.toList();
		series.add(new Series(Objects.requireNonNull(name, "the series name"), finite));
		return this;
	}

	/** Fixes the value axis, e.g. 0..1 for probabilities; data outside still widens it. */
	public LineChart yRange(double min, double max) {
		this.yMin = min;
		this.yMax = max;
		return this;
	}

	@Override
	protected boolean hasData() {
		return series.stream().anyMatch(s -> !s.points().isEmpty());
	}

	@Override
	protected void draw(StringBuilder svg) {
		double xlo = Double.POSITIVE_INFINITY, xhi = Double.NEGATIVE_INFINITY;
		double ylo = yMin != null ? yMin : Double.POSITIVE_INFINITY;
		double yhi = yMax != null ? yMax : Double.NEGATIVE_INFINITY;
		for (Series s : series) {
			for (Point p : s.points()) {
				xlo = Math.min(xlo, p.x());
				xhi = Math.max(xhi, p.x());
				ylo = Math.min(ylo, p.y());
				yhi = Math.max(yhi, p.y());
			}
		}
		NiceScale xs = NiceScale.of(xlo, xhi, xlo >= 0, 8);
		NiceScale ys = NiceScale.of(ylo, yhi, true, 6);
		drawValueAxis(svg, ys);
		for (double tick : xs.ticks()) {
			double x = x(xs, tick);
			line(svg, x, BOTTOM, x, BOTTOM + 4, "#333", 1);
			text(svg, x, BOTTOM + 17, "middle", "", Numbers.format(tick));
		}
		for (int i = 0; i < series.size(); i++) {
			drawSeries(svg, series.get(i).points(), xs, ys, color(i));
		}
		drawLegend(svg, series.stream().map(Series::name).toList());
	}

	private static void drawSeries(StringBuilder svg, List<Point> points, NiceScale xs, NiceScale ys, String color) {
		if (points.size() == 1) {
			Point p = points.get(0);
			svg.append("<circle cx=\"").append(Numbers.coordinate(x(xs, p.x()))).append("\" cy=\"")
					.append(Numbers.coordinate(y(ys, p.y()))).append("\" r=\"3.5\" fill=\"").append(color)
					.append("\"/>");
			return;
		}
		if (points.isEmpty()) {
			return;
		}
		svg.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.8\" points=\"");
		for (int k = 0; k < points.size(); k++) {
			Point p = points.get(k);
			if (k > 0) {
				svg.append(' ');
			}
			svg.append(Numbers.coordinate(x(xs, p.x()))).append(',').append(Numbers.coordinate(y(ys, p.y())));
		}
		svg.append("\"/>");
	}

	private static double x(NiceScale scale, double value) {
		return LEFT + scale.fraction(value) * (RIGHT - LEFT);
	}
}
