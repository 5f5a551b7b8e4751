package org.aiaas.sim.api;

/**
 * How long work reports progress and learns that it should stop. The engine knows no Eclipse
 * types: the command line adapts this to a terminal progress bar, the workbench to an Eclipse
 * progress monitor.
 */
public interface Progress {

	/** Does nothing and never cancels. */
	Progress NONE = new Progress() {
		@Override
		public void begin(String task, double totalWork) {
		}

		@Override
		public void worked(double work) {
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	};

	/** Starts a task of {@code totalWork} units (e.g. replications × simulated seconds). */
	void begin(String task, double totalWork);

	/** {@code work} more units are done. May be called from several threads. */
	void worked(double work);

	/** Whether the user asked to stop; the engine checks this often and stops early. */
	boolean isCanceled();
}
