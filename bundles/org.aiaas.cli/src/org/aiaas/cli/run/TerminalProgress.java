package org.aiaas.cli.run;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.DoubleAdder;

import org.aiaas.sim.api.Progress;

/**
 * A progress bar on the terminal's error stream: redrawn in place on an interactive terminal,
 * a line per tenth otherwise (CI logs). Ctrl-C sets the cancel flag through a shutdown hook, so
 * the engine stops between events and no half-written file is left.
 */
final class TerminalProgress implements Progress {

	private static final int WIDTH = 30;

	private final PrintStream err;
	private final boolean interactive;
	private final DoubleAdder done = new DoubleAdder();
	private final AtomicBoolean canceled = new AtomicBoolean();
	private volatile double total = 1;
	private volatile String task = "";
	private int lastShown = -1;
	private final long started = System.nanoTime();

	TerminalProgress(PrintStream err, boolean interactive) {
		this.err = err;
		this.interactive = interactive;
	}

	void cancel() {
		canceled.set(true);
	}

	@Override
	public void begin(String taskName, double totalWork) {
		this.task = taskName;
		this.total = Math.max(totalWork, Double.MIN_VALUE);
		show();
	}

	@Override
	public void worked(double work) {
		done.add(work);
		show();
	}

	@Override
	public boolean isCanceled() {
		return canceled.get();
	}

	/** Ends the bar's line on an interactive terminal. */
	void finish() {
		if (interactive) {
			err.println();
		}
	}

	private synchronized void show() {
		double fraction = Math.min(1, done.sum() / total);
		int percent = (int) Math.floor(fraction * 100);
		if (interactive) {
			if (percent == lastShown) {
				return;
			}
			int filled = (int) Math.round(fraction * WIDTH);
			double seconds = (System.nanoTime() - started) / 1e9;
			err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d %% %6.1f s", task, "#".repeat(filled),
					" ".repeat(WIDTH - filled), percent, seconds));
			err.flush();
		} else {
			int tenth = percent / 10 * 10;
			if (tenth == lastShown) {
				return;
			}
			percent = tenth;
			err.println(task + ": " + tenth + " %");
		}
		lastShown = percent;
	}
}
