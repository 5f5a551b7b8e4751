package org.aiaas.ui.run.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aiaas.ui.run.core.ProgressMonitorAdapter;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

class ProgressMonitorAdapterTest {

	/** Counts what the monitor was told. */
	private static final class CountingMonitor extends NullProgressMonitor {
		int total;
		int worked;

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			worked += work;
		}
	}

	@Test
	void engineUnitsAreScaledToAThousandTicks() {
		CountingMonitor monitor = new CountingMonitor();
		ProgressMonitorAdapter progress = new ProgressMonitorAdapter(monitor);
		// e.g. 2 replications × 100 simulated seconds
		progress.begin("simulating", 200);
		assertEquals(1000, monitor.total);
		progress.worked(50); // a quarter: 250 ticks
		assertEquals(250, monitor.worked);
		progress.worked(0.1); // 0.05 % of the work: half a tick, not yet reported
		assertEquals(250, monitor.worked);
		progress.worked(0.1); // 50.2 of 200 units = 25.1 % → 251 ticks
		assertEquals(251, monitor.worked);
		progress.worked(1000); // more than announced: never past the total
		assertEquals(1000, monitor.worked);
	}

	@Test
	void cancellingTheMonitorCancelsTheEngine() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		ProgressMonitorAdapter progress = new ProgressMonitorAdapter(monitor);
		assertFalse(progress.isCanceled());
		monitor.setCanceled(true);
		assertTrue(progress.isCanceled());
	}
}
