package org.aiaas.sim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.aiaas.sim.api.MetricValue;

/**
 * Grouped bars: one group per category, one bar per series, each with its 95 % confidence
 * interval as an error bar. An undefined value draws no bar but "n/a" with the reason as a
 * tooltip, so a missing bar is never mistaken for zero.
 */
public final class BarChart extends SvgChart {

	private record Series(String name, List<MetricValue> values) {
	}

	private final List<String> categories;
	private final List<Series> series = new ArrayList<>();
	private Double yMax;

	/** @param categories the groups along the x axis, e.g. variants or nodes */
	public BarChart(String title, String xLabel, String yLabel, List<String> categories) {
		super(title, xLabel, yLabel);
		this.categories = List.copyOf(categories);
	}

	/** Adds a series: one value per category, in category order. */
	public BarChart addSeries(String name, List<MetricValue> values) {
		if (values.size() != categories.size()) {
			throw new IllegalArgumentException(
					"series " + name + " has " + values.size() + " values for " + categories.size() + " categories");
		}
		series.add(new Series(Objects.requireNonNull(name, "the series name"), List.copyOf(values)));
		return this;
	}

	/** The value axis reaches at least {@code max}, e.g. 1 for utilisation. */
	public BarChart yAtLeast(double max) {
		this.yMax = max;
		return this;
	}

	@Override
	protected boolean hasData() {
		return !categories.isEmpty() && series.stream().anyMatch(s -> s.values().stream().anyMatch(v -> v.isDefined()));
	}

	@Override
	protected void draw(StringBuilder svg) {
		double lo = 0, hi = yMax != null ? yMax : 0;
		for (Series s : series) {
			for (MetricValue v : s.values()) {
				if (v.isDefined()) {
					double h = v.ci95() == null ? 0 : v.ci95();
					lo = Math.min(lo, v.mean() - h);
					hi = Math.max(hi, v.mean() + h);
				}
			}
		}
		NiceScale ys = NiceScale.of(lo, hi, true, 6);
		drawValueAxis(svg, ys);
		double band = (RIGHT - LEFT) / categories.size();
		double barWidth = band * 0.8 / Math.max(1, series.size());
		for (int c = 0; c < categories.size(); c++) {
			double groupLeft = LEFT + c * band + band * 0.1;
			text(svg, LEFT + (c + 0.5) * band, BOTTOM + 17, "middle", "",
					shorten(categories.get(c), (int) Math.max(3, band / 7)));
			for (int s = 0; s < series.size(); s++) {
				drawBar(svg, ys, series.get(s).values().get(c), groupLeft + s * barWidth, barWidth, color(s));
			}
		}
		drawLegend(svg, series.stream().map(Series::name).toList());
	}

	private static void drawBar(StringBuilder svg, NiceScale ys, MetricValue v, double x, double width,
			String color) {
		double zero = y(ys, 0);
		if (!v.isDefined()) {
			svg.append("<text x=\"").append(Numbers.coordinate(x + width / 2)).append("\" y=\"")
					.append(Numbers.coordinate(zero - 4)).append("\" text-anchor=\"middle\" fill=\"#555\"><title>")
					.append(Html.escape(ResultsJson.reason(v))).append("</title>n/a</text>");
			return;
		}
		double top = y(ys, v.mean());
		svg.append("<rect x=\"").append(Numbers.coordinate(x + 1)).append("\" y=\"")
				.append(Numbers.coordinate(Math.min(top, zero))).append("\" width=\"")
				.append(Numbers.coordinate(Math.max(1, width - 2))).append("\" height=\"")
				.append(Numbers.coordinate(Math.abs(zero - top))).append("\" fill=\"").append(color).append("\"><title>")
				.append(Html.escape(Numbers.meanAndCi(v, ""))).append("</title></rect>");
		if (v.ci95() != null && v.ci95() > 0) {
			double mid = x + width / 2;
			double hiY = y(ys, v.mean() + v.ci95());
			double loY = y(ys, v.mean() - v.ci95());
			double cap = Math.min(6, width / 4);
			line(svg, mid, hiY, mid, loY, "#222", 1.2);
			line(svg, mid - cap, hiY, mid + cap, hiY, "#222", 1.2);
			line(svg, mid - cap, loY, mid + cap, loY, "#222", 1.2);
		}
	}
}
