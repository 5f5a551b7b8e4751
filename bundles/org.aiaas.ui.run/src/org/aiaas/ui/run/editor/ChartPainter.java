package org.aiaas.ui.run.editor;

import java.util.List;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.report.NiceScale;
import org.aiaas.sim.report.Numbers;
import org.aiaas.ui.run.results.ChartData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Draws a {@link ChartData} with an SWT {@link GC}: title, value axis with round ticks
 * ({@link NiceScale}, as report.html), the plot and a legend. Colours follow the series order, in
 * the same palette as the HTML report.
 */
public final class ChartPainter {

	private static final RGB[] PALETTE = { new RGB(0x1f, 0x77, 0xb4), new RGB(0xff, 0x7f, 0x0e),
			new RGB(0x2c, 0xa0, 0x2c), new RGB(0xd6, 0x27, 0x28), new RGB(0x94, 0x67, 0xbd), new RGB(0x8c, 0x56, 0x4b),
			new RGB(0xe3, 0x77, 0xc2), new RGB(0x7f, 0x7f, 0x7f) };

	private static final int LEFT = 60;
	private static final int TOP = 44;
	private static final int RIGHT = 12;
	private static final int BOTTOM = 52;

	private final GC gc;
	private final Rectangle area;
	private Rectangle plot;

	private ChartPainter(GC gc, Rectangle area) {
		this.gc = gc;
		this.area = area;
	}

	public static void paint(GC gc, Rectangle area, ChartData chart) {
		new ChartPainter(gc, area).paint(chart);
	}

	private void paint(ChartData chart) {
		gc.setAntialias(SWT.ON);
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(chart.title(), area.x + 8, area.y + 6, true);
		plot = new Rectangle(area.x + LEFT, area.y + TOP, Math.max(10, area.width - LEFT - RIGHT),
				Math.max(10, area.height - TOP - BOTTOM));
		switch (chart) {
		case ChartData.Lines lines -> lines(lines);
		case ChartData.Bars bars -> bars(bars);
		case ChartData.StackedBars stacked -> stacked(stacked);
		}
		Point size = gc.textExtent(chart.xLabel());
		gc.drawText(chart.xLabel(), plot.x + (plot.width - size.x) / 2, plot.y + plot.height + 18, true);
	}

	private void lines(ChartData.Lines chart) {
		double xlo = Double.POSITIVE_INFINITY, xhi = Double.NEGATIVE_INFINITY;
		double ylo = Double.POSITIVE_INFINITY, yhi = Double.isNaN(chart.yMax()) ? Double.NEGATIVE_INFINITY : chart.yMax();
		for (ChartData.Series s : chart.series()) {
			for (int i = 0; i < s.x().length; i++) {
				xlo = Math.min(xlo, s.x()[i]);
				xhi = Math.max(xhi, s.x()[i]);
				ylo = Math.min(ylo, s.y()[i]);
				yhi = Math.max(yhi, s.y()[i]);
			}
		}
		NiceScale xs = NiceScale.of(xlo, xhi, xlo >= 0, 6);
		NiceScale ys = NiceScale.of(ylo, yhi, true, 5);
		valueAxis(ys, chart.yLabel());
		for (double tick : xs.ticks()) {
			int x = plot.x + (int) Math.round(xs.fraction(tick) * plot.width);
			gc.drawLine(x, plot.y + plot.height, x, plot.y + plot.height + 3);
			String label = Numbers.format(tick);
			gc.drawText(label, x - gc.textExtent(label).x / 2, plot.y + plot.height + 4, true);
		}
		gc.setLineWidth(2);
		for (int s = 0; s < chart.series().size(); s++) {
			ChartData.Series series = chart.series().get(s);
			Color color = color(s);
			gc.setForeground(color);
			gc.setBackground(color);
			int[] polyline = new int[series.x().length * 2];
			for (int i = 0; i < series.x().length; i++) {
				polyline[2 * i] = plot.x + (int) Math.round(xs.fraction(series.x()[i]) * plot.width);
				polyline[2 * i + 1] = y(ys, series.y()[i]);
			}
			if (series.x().length == 1) {
				gc.fillOval(polyline[0] - 3, polyline[1] - 3, 6, 6);
			} else {
				gc.drawPolyline(polyline);
			}
			color.dispose();
		}
		gc.setLineWidth(1);
		legend(chart.series().stream().map(ChartData.Series::name).toList());
	}

	private void bars(ChartData.Bars chart) {
		double hi = 0;
		double lo = 0;
		for (ChartData.BarSeries s : chart.series()) {
			for (MetricValue v : s.values()) {
				if (v.isDefined()) {
					double h = v.ci95() == null ? 0 : v.ci95();
					hi = Math.max(hi, v.mean() + h);
					lo = Math.min(lo, v.mean() - h);
				}
			}
		}
		NiceScale ys = NiceScale.of(lo, hi, true, 5);
		valueAxis(ys, chart.yLabel());
		int groups = chart.categories().size();
		int perGroup = chart.series().size();
		double groupWidth = plot.width / (double) groups;
		double barWidth = groupWidth * 0.8 / perGroup;
		for (int g = 0; g < groups; g++) {
			int gx = plot.x + (int) (g * groupWidth);
			category(chart.categories().get(g), gx, (int) groupWidth);
			for (int s = 0; s < perGroup; s++) {
				MetricValue v = chart.series().get(s).values().get(g);
				if (!v.isDefined()) {
					continue;
				}
				int x = gx + (int) (groupWidth * 0.1 + s * barWidth);
				int top = y(ys, Math.max(0, v.mean()));
				int bottom = y(ys, Math.min(0, v.mean()));
				Color color = color(s);
				gc.setBackground(color);
				gc.fillRectangle(x, top, Math.max(1, (int) barWidth - 2), Math.max(1, bottom - top));
				color.dispose();
				if (v.ci95() != null && v.ci95() > 0) {
					int mid = x + (int) (barWidth / 2) - 1;
					int a = y(ys, v.mean() + v.ci95());
					int b = y(ys, v.mean() - v.ci95());
					gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
					gc.drawLine(mid, a, mid, b);
					gc.drawLine(mid - 3, a, mid + 3, a);
					gc.drawLine(mid - 3, b, mid + 3, b);
				}
			}
		}
		legend(chart.series().stream().map(ChartData.BarSeries::name).toList());
	}

	private void stacked(ChartData.StackedBars chart) {
		int groups = chart.categories().size();
		double hi = 0;
		for (int g = 0; g < groups; g++) {
			double sum = 0;
			for (ChartData.Part p : chart.parts()) {
				sum += p.values()[g];
			}
			hi = Math.max(hi, sum);
		}
		NiceScale ys = NiceScale.of(0, hi, true, 5);
		valueAxis(ys, chart.yLabel());
		double groupWidth = plot.width / (double) groups;
		for (int g = 0; g < groups; g++) {
			int gx = plot.x + (int) (g * groupWidth);
			category(chart.categories().get(g), gx, (int) groupWidth);
			double base = 0;
			for (int p = 0; p < chart.parts().size(); p++) {
				double value = chart.parts().get(p).values()[g];
				if (value <= 0) {
					continue;
				}
				int top = y(ys, base + value);
				int bottom = y(ys, base);
				Color color = color(p);
				gc.setBackground(color);
				gc.fillRectangle(gx + (int) (groupWidth * 0.2), top, (int) (groupWidth * 0.6), Math.max(1, bottom - top));
				color.dispose();
				base += value;
			}
		}
		legend(chart.parts().stream().map(ChartData.Part::name).toList());
	}

	private void valueAxis(NiceScale ys, String label) {
		Color grid = new Color(gc.getDevice(), 0xdd, 0xdd, 0xdd);
		for (double tick : ys.ticks()) {
			int y = y(ys, tick);
			gc.setForeground(grid);
			gc.drawLine(plot.x, y, plot.x + plot.width, y);
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
			String text = Numbers.format(tick);
			Point size = gc.textExtent(text);
			gc.drawText(text, plot.x - size.x - 4, y - size.y / 2, true);
		}
		grid.dispose();
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
		gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
		gc.drawText(label, area.x + 8, area.y + 22, true);
	}

	private void category(String name, int x, int width) {
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		String shown = name;
		while (shown.length() > 3 && gc.textExtent(shown).x > width) {
			shown = shown.substring(0, shown.length() - 2) + "…";
		}
		gc.drawText(shown, x + (width - gc.textExtent(shown).x) / 2, plot.y + plot.height + 4, true);
	}

	private void legend(List<String> names) {
		int x = area.x + 8;
		int y = area.y + area.height - 16;
		for (int i = 0; i < names.size(); i++) {
			Color color = color(i);
			gc.setBackground(color);
			gc.fillRectangle(x, y + 3, 10, 10);
			color.dispose();
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(names.get(i), x + 14, y, true);
			x += 24 + gc.textExtent(names.get(i)).x;
		}
	}

	private int y(NiceScale ys, double value) {
		return plot.y + plot.height - (int) Math.round(ys.fraction(value) * plot.height);
	}

	private Color color(int index) {
		return new Color(gc.getDevice(), PALETTE[index % PALETTE.length]);
	}
}
