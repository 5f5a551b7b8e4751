package org.aiaas.ui.run.results;

import java.util.List;

import org.aiaas.sim.api.MetricValue;

/**
 * What one chart shows, without any drawing: the results editor paints it with SWT, tests check
 * the numbers. Three kinds, as in report.html: lines over a numeric axis, grouped bars with 95 %
 * error bars, stacked bars.
 */
public sealed interface ChartData permits ChartData.Lines, ChartData.Bars, ChartData.StackedBars {

	String title();

	String xLabel();

	String yLabel();

	/** One named line: x and y of equal length, finite values only. */
	record Series(String name, double[] x, double[] y) {
	}

	/**
	 * Lines, one per series.
	 *
	 * @param yMax the value axis reaches at least this (1 for probabilities), or NaN
	 */
	record Lines(String title, String xLabel, String yLabel, List<Series> series, double yMax) implements ChartData {
	}

	/** One group of bars per category, one bar per series in each group, with its interval. */
	record BarSeries(String name, List<MetricValue> values) {
	}

	record Bars(String title, String xLabel, String yLabel, List<String> categories, List<BarSeries> series)
			implements ChartData {
	}

	/** One part of each stacked bar. */
	record Part(String name, double[] values) {
	}

	record StackedBars(String title, String xLabel, String yLabel, List<String> categories, List<Part> parts)
			implements ChartData {
	}
}
