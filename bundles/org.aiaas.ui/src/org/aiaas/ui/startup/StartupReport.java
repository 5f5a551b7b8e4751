package org.aiaas.ui.startup;

import java.time.Instant;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Reports when the workbench window is on screen, for the start-up measurement
 * (releng/scripts/measure-studio-startup.sh) and the product start test in the smoke test.
 * Silent unless asked by system properties, so a normal start pays only for loading this class:
 * <ul>
 * <li>{@code -Daiaas.studio.reportStartup=true} prints one line on standard output:
 * {@code aiaas-studio: window shown at EPOCH_MS (N ms after JVM start, C ms CPU)};</li>
 * <li>{@code -Daiaas.studio.exitAfterStartup=true} then closes the workbench (saving its state, as a
 * user's exit would, so the next start is a warm start with a remembered layout).</li>
 * </ul>
 * An early-startup extension runs in a background job once the workbench has initialised; the window
 * may become visible just before or just after, so the UI thread checks until a window's shell is
 * visible. The reported time is therefore when the window is shown and the UI thread is free again.
 */
public final class StartupReport implements IStartup {

	static final String REPORT_PROPERTY = "aiaas.studio.reportStartup";
	static final String EXIT_PROPERTY = "aiaas.studio.exitAfterStartup";
	/** How often the UI thread looks again while no window is visible yet. */
	private static final int POLL_MILLIS = 10;

	@Override
	public void earlyStartup() {
		if (!Boolean.getBoolean(REPORT_PROPERTY) && !Boolean.getBoolean(EXIT_PROPERTY)) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.asyncExec(() -> reportWhenShown(workbench, display));
	}

	private static void reportWhenShown(IWorkbench workbench, Display display) {
		if (workbench.isClosing() || display.isDisposed()) {
			return;
		}
		if (!aWindowIsVisible(workbench)) {
			display.timerExec(POLL_MILLIS, () -> reportWhenShown(workbench, display));
			return;
		}
		long shownAt = System.currentTimeMillis();
		if (Boolean.getBoolean(REPORT_PROPERTY)) {
			System.out.println("aiaas-studio: window shown at " + shownAt + " (" + millisSinceJvmStart(shownAt)
					+ " ms after JVM start, " + cpuMillis() + " ms CPU)");
			System.out.flush();
		}
		if (Boolean.getBoolean(EXIT_PROPERTY)) {
			display.asyncExec(workbench::close);
		}
	}

	private static boolean aWindowIsVisible(IWorkbench workbench) {
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			Shell shell = window.getShell();
			if (shell != null && !shell.isDisposed() && shell.isVisible()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * CPU time of the whole JVM so far (all threads, JIT and GC included), or -1 if unknown: unlike the
	 * wall-clock time it hardly depends on what else the machine is running.
	 */
	private static long cpuMillis() {
		return ProcessHandle.current().info().totalCpuDuration().map(cpu -> cpu.toMillis()).orElse(-1L);
	}

	/** The process's age, or -1 where the operating system does not tell the start time. */
	private static long millisSinceJvmStart(long now) {
		return ProcessHandle.current().info().startInstant()
				.map(Instant::toEpochMilli)
				.map(start -> now - start)
				.orElse(-1L);
	}
}
