package org.aiaas.ui.run.editor;

import org.aiaas.ui.run.results.ChartData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A canvas showing one chart; {@link #setChart} replaces it and repaints. */
public final class ChartCanvas extends Canvas {

	private ChartData chart;

	public ChartCanvas(Composite parent, ChartData chart) {
		super(parent, SWT.DOUBLE_BUFFERED);
		this.chart = chart;
		addPaintListener(e -> {
			if (this.chart != null) {
				ChartPainter.paint(e.gc, getClientArea(), this.chart);
			}
		});
	}

	public ChartData chart() {
		return chart;
	}

	public void setChart(ChartData newChart) {
		this.chart = newChart;
		redraw();
	}
}
