package org.aiaas.ui.run.core;

import java.util.Objects;

import org.aiaas.sim.api.Progress;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The engine's {@link Progress} on an Eclipse {@link IProgressMonitor}: the engine's work units
 * (simulated seconds × replications, or epochs) are scaled to {@value #TICKS} ticks, and the
 * monitor's cancel button stops the engine. The engine reports from several threads; the monitor
 * is told under a lock and only when a whole tick is done.
 */
public final class ProgressMonitorAdapter implements Progress {

	/** The resolution of the progress bar. */
	static final int TICKS = 1000;

	private final IProgressMonitor monitor;
	private double total = 1;
	private double done;
	private int ticksReported;

	public ProgressMonitorAdapter(IProgressMonitor monitor) {
		this.monitor = Objects.requireNonNull(monitor, "the progress monitor");
	}

	@Override
	public synchronized void begin(String task, double totalWork) {
		total = totalWork > 0 ? totalWork : 1;
		done = 0;
		ticksReported = 0;
		monitor.beginTask(task, TICKS);
	}

	@Override
	public synchronized void worked(double work) {
		done += work;
		int ticks = (int) Math.min(TICKS, Math.floor(done / total * TICKS));
		if (ticks > ticksReported) {
			monitor.worked(ticks - ticksReported);
			ticksReported = ticks;
		}
	}

	@Override
	public boolean isCanceled() {
		return monitor.isCanceled();
	}

	/** Ticks passed to the monitor so far (0..{@value #TICKS}). */
	public synchronized int ticksReported() {
		return ticksReported;
	}
}
