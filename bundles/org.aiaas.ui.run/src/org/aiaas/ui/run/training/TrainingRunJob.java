package org.aiaas.ui.run.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.aiaas.train.api.EpochResult;
import org.aiaas.train.api.TrainingHistory;
import org.aiaas.train.api.TrainingJobPlan;
import org.aiaas.ui.run.core.ProgressMonitorAdapter;
import org.aiaas.ui.run.core.ScenarioErrors;
import org.aiaas.ui.run.core.TrainingRunner;
import org.aiaas.ui.run.launch.ErrorReporter;
import org.aiaas.ui.run.launch.RunConsole;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Training in the background: one job after the other, progress per epoch in the Progress view
 * (cancel stops between batches), a line per epoch in the console and the loss curve in the
 * "Training Loss" view; writes {@code <job>.training.json} and {@code <job>.model}.
 */
public final class TrainingRunJob extends Job {

	public static final Object FAMILY = TrainingRunJob.class;

	private final TrainingRunner.Request request;
	private final String shown;
	private final IContainer output;
	private volatile boolean completed;

	public TrainingRunJob(TrainingRunner.Request request, String shown, IContainer output) {
		super("Training " + shown);
		this.request = request;
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
		showView();
		try {
			for (TrainingJobPlan plan : TrainingRunner.plans(request, shown)) {
				RunConsole.print("Training " + plan.name() + " (" + shown + "), up to " + plan.settings().epochs()
						+ " epochs");
				LiveLoss.get().start(plan.name());
				TrainingHistory history = TrainingRunner.train(plan, new ProgressMonitorAdapter(monitor),
						this::epoch, request.outputFolder());
				RunConsole.print(List.of(String.format(Locale.ROOT, "  %s; kept epoch %d; test loss %.4f",
						history.stopReason(), history.bestEpoch(), history.testLoss()),
						"wrote " + output.getFullPath().append(plan.name() + ".training.json") + " and "
								+ plan.name() + ".model"));
			}
		} catch (ScenarioErrors e) {
			List<String> lines = new ArrayList<>(e.lines());
			lines.add(shown + ": nothing was trained");
			ErrorReporter.report("AIaaS Training: " + shown, lines);
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			RunConsole.print(shown + ": training cancelled; nothing was written for the interrupted job");
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			ErrorReporter.report("AIaaS Training: " + shown, List.of(shown + ": cannot write: " + e.getMessage()));
			return Status.OK_STATUS;
		}
		try {
			output.refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			RunConsole.print("cannot refresh " + output.getFullPath() + ": " + e.getStatus().getMessage());
		}
		completed = true;
		return Status.OK_STATUS;
	}

	private void epoch(EpochResult e) {
		LiveLoss.get().add(e);
		RunConsole.print(String.format(Locale.ROOT, "  epoch %d  loss %.4f%s", e.epoch(), e.trainLoss(),
				Double.isFinite(e.validationLoss()) ? String.format(Locale.ROOT, "  val loss %.4f", e.validationLoss())
						: ""));
	}

	private static void showView() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null && window.getActivePage() != null) {
				try {
					window.getActivePage().showView(LossChartView.ID);
				} catch (PartInitException e) {
					RunConsole.print("cannot show the loss chart: " + e.getStatus().getMessage());
				}
			}
		});
	}

	/** Whether every job trained and its files were written. */
	public boolean completed() {
		return completed;
	}
}
