package org.aiaas.sim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One bar per category made of stacked parts (e.g. lost requests per cause for each variant).
 * Parts that are zero everywhere stay in the legend, so the colours keep their meaning from one
 * report to the next.
 */
public final class StackedBarChart extends SvgChart {

	private record Part(String name, List<Double> values) {
	}

	private final List<String> categories;
	private final List<Part> parts = new ArrayList<>();

	public StackedBarChart(String title, String xLabel, String yLabel, List<String> categories) {
		super(title, xLabel, yLabel);
		this.categories = List.copyOf(categories);
	}

	/** Adds a part of every bar: one non-negative value per category, in category order. */
	public StackedBarChart addPart(String name, List<Double> values) {
		if (values.size() != categories.size()) {
			throw new IllegalArgumentException(
					"part " + name + " has " + values.size() + " values for " + categories.size() + " categories");
		}
		for (double v : values) {
			if (!(v >= 0) || Double.isInfinite(v)) {
				throw new IllegalArgumentException("part " + name + " has a value that cannot be stacked: " + v);
			}
		}
		parts.add(new Part(Objects.requireNonNull(name, "the part name"), List.copyOf(values)));
		return this;
	}

	/** There is data when some part of some bar is positive; "no data" (or the message) otherwise. */
	@Override
	protected boolean hasData() {
		return !categories.isEmpty() && parts.stream().anyMatch(p -> p.values().stream().anyMatch(v -> v > 0));
	}

	@Override
	protected void draw(StringBuilder svg) {
		double hi = 0;
		for (int c = 0; c < categories.size(); c++) {
			hi = Math.max(hi, total(c));
		}
		NiceScale ys = NiceScale.of(0, hi, true, 6);
		drawValueAxis(svg, ys);
		double band = (RIGHT - LEFT) / categories.size();
		double width = Math.min(80, band * 0.6);
		for (int c = 0; c < categories.size(); c++) {
			double mid = LEFT + (c + 0.5) * band;
			text(svg, mid, BOTTOM + 17, "middle", "", shorten(categories.get(c), (int) Math.max(3, band / 7)));
			double base = 0;
			for (int p = 0; p < parts.size(); p++) {
				double v = parts.get(p).values().get(c);
				if (v > 0) {
					double top = y(ys, base + v);
					svg.append("<rect x=\"").append(Numbers.coordinate(mid - width / 2)).append("\" y=\"")
							.append(Numbers.coordinate(top)).append("\" width=\"").append(Numbers.coordinate(width))
							.append("\" height=\"").append(Numbers.coordinate(y(ys, base) - top)).append("\" fill=\"")
							.append(color(p)).append("\"><title>")
							.append(Html.escape(parts.get(p).name() + ": " + Numbers.format(v)))
							.append("</title></rect>");
					base += v;
				}
			}
		}
		drawLegend(svg, parts.stream().map(Part::name).toList());
	}

	private double total(int category) {
		return parts.stream().mapToDouble(p -> p.values().get(category)).sum();
	}
}
