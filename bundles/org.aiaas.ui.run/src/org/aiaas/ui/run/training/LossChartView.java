package org.aiaas.ui.run.training;

import org.aiaas.ui.run.editor.ChartCanvas;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** "Training Loss": the loss per epoch of the running (or last) training, redrawn as each epoch ends. */
public final class LossChartView extends ViewPart {

	public static final String ID = "org.aiaas.ui.run.training.LossChartView";

	private ChartCanvas canvas;
	private final Runnable onEpoch = this::scheduleRedraw;
	private volatile int redraws;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		canvas = new ChartCanvas(parent, LiveLoss.get().chart());
		LiveLoss.get().addListener(onEpoch);
	}

	private void scheduleRedraw() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		canvas.getDisplay().asyncExec(() -> {
			if (!canvas.isDisposed()) {
				canvas.setChart(LiveLoss.get().chart());
				redraws++;
			}
		});
	}

	/** How often the chart was redrawn for a new epoch (tests). */
	public int redraws() {
		return redraws;
	}

	public ChartCanvas canvas() {
		return canvas;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		LiveLoss.get().removeListener(onEpoch);
		super.dispose();
	}
}
