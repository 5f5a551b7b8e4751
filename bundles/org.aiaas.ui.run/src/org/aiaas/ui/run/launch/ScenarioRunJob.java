package org.aiaas.ui.run.launch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.report.ReportFiles;
import org.aiaas.ui.run.core.ProgressMonitorAdapter;
import org.aiaas.ui.run.core.RunSettings;
import org.aiaas.ui.run.core.ScenarioErrors;
import org.aiaas.ui.run.core.ScenarioRunner;
import org.aiaas.ui.run.editor.ResultsEditor;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

/**
 * A scenario run in the background, shown in the Progress view with a cancel button: simulates,
 * prints the summary to the console, writes results.json, results.csv and report.html into the
 * output folder, refreshes it and opens results.json in the results editor.
 */
public final class ScenarioRunJob extends Job {

	/** The job family of every scenario run, for {@code Job.getJobManager().find(FAMILY)}. */
	public static final Object FAMILY = ScenarioRunJob.class;

	/** How a run ended. */
	public enum Outcome {
		RUNNING, COMPLETED, CANCELLED, FAILED
	}

	private final RunSettings settings;
	private final String shown;
	private final IContainer output;
	private volatile Outcome outcome = Outcome.RUNNING;
	private volatile SimulationResult result;

	public ScenarioRunJob(RunSettings settings, String shown, IContainer output) {
		super("Simulating " + shown);
		this.settings = settings;
		this.shown = shown;
		this.output = output;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		RunConsole.print("Running " + shown + (settings.variants().isEmpty() ? ""
				: " (variants " + String.join(", ", settings.variants()) + ")"));
		try {
			result = ScenarioRunner.simulate(settings, shown, new ProgressMonitorAdapter(monitor));
		} catch (ScenarioErrors e) {
			outcome = Outcome.FAILED;
			List<String> lines = new ArrayList<>(e.lines());
			lines.add(shown + ": fix the errors above first; nothing was simulated");
			ErrorReporter.report("AIaaS Scenario: " + shown, lines);
			return Status.OK_STATUS; // reported to the user already, without a stack trace
		} catch (CancellationException e) {
			outcome = Outcome.CANCELLED;
			RunConsole.print(shown + ": cancelled; no files were written");
			return Status.CANCEL_STATUS;
		}
		List<String> lines = new ArrayList<>(ScenarioRunner.summary(result));
		try {
			ScenarioRunner.write(result, settings);
		} catch (IOException e) {
			outcome = Outcome.FAILED;
			ErrorReporter.report("AIaaS Scenario: " + shown, List.of(shown + ": cannot write the results: "
					+ e.getMessage()));
			return Status.OK_STATUS;
		}
		lines.add("wrote " + output.getFullPath().append(ReportFiles.JSON) + ", " + ReportFiles.CSV + ", "
				+ ReportFiles.HTML);
		RunConsole.print(lines);
		refreshAndOpen();
		outcome = Outcome.COMPLETED;
		monitor.done();
		return Status.OK_STATUS;
	}

	private void refreshAndOpen() {
		try {
			output.refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			RunConsole.print("cannot refresh " + output.getFullPath() + ": " + e.getStatus().getMessage());
		}
		IFile json = output.getFile(org.eclipse.core.runtime.IPath.fromPortableString(ReportFiles.JSON));
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null || window.getActivePage() == null) {
				return;
			}
			try {
				// An editor still showing the previous run's file would not re-read it.
				IEditorPart previous = window.getActivePage().findEditor(new FileEditorInput(json));
				if (previous != null) {
					window.getActivePage().closeEditor(previous, false);
				}
				IDE.openEditor(window.getActivePage(), json, ResultsEditor.ID, true);
			} catch (PartInitException e) {
				RunConsole.print("cannot open " + json.getFullPath() + ": " + e.getStatus().getMessage());
			}
		});
	}

	public Outcome outcome() {
		return outcome;
	}

	/** The simulation result once completed, else null. */
	public SimulationResult result() {
		return result;
	}
}
