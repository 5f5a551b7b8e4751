package org.aiaas.ui.run.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.aiaas.train.api.EpochResult;
import org.aiaas.ui.run.launch.ErrorReporter;
import org.aiaas.ui.run.launch.LaunchAttributes;
import org.aiaas.ui.run.launch.RunConsole;
import org.aiaas.ui.run.launch.TrainingLaunchShortcut;
import org.aiaas.ui.run.results.ChartData;
import org.aiaas.ui.run.training.LiveLoss;
import org.aiaas.ui.run.training.LossChartView;
import org.aiaas.ui.run.training.TrainingRunJob;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Run As → AIaaS Training: epochs reach the console and the live loss chart; the files are written. */
class TrainingLaunchTest {

	@BeforeAll
	static void noModalDialogs() {
		ErrorReporter.setDialogs(false);
	}

	@Test
	void trainingXorDrawsTheLossPerEpochAndWritesTheModel() throws Exception {
		IFile scenario = Workbench.example("training/xor.aiaas", "xor.aiaas");
		ILaunchConfigurationWorkingCopy copy = new TrainingLaunchShortcut().configurationFor(scenario).getWorkingCopy();
		copy.setAttribute(LaunchAttributes.EPOCHS, "12");
		copy.doSave().launch(ILaunchManager.RUN_MODE, null);

		assertTrue(Workbench.waitUntil(() -> Job.getJobManager().find(TrainingRunJob.FAMILY).length > 0,
				Duration.ofSeconds(30)), "the training did not start");
		assertTrue(Workbench.waitUntil(() -> Job.getJobManager().find(TrainingRunJob.FAMILY).length == 0,
				Duration.ofMinutes(3)), "the training did not end");

		// 12 epochs at most (patience 10 may stop it earlier, never before epoch 11).
		List<EpochResult> epochs = LiveLoss.get().epochs();
		assertTrue(epochs.size() >= 11 && epochs.size() <= 12, "epochs: " + epochs.size());
		ChartData.Lines chart = (ChartData.Lines) LiveLoss.get().chart();
		assertEquals(epochs.size(), chart.series().get(0).x().length);
		assertEquals(epochs.get(0).trainLoss(), chart.series().get(0).y()[0]);
		Workbench.settle();
		LossChartView view = (LossChartView) Workbench.page().findView(LossChartView.ID);
		assertNotNull(view, "the loss chart view was not shown");
		assertTrue(view.redraws() >= 1, "the loss chart was never redrawn");
		assertTrue(scenario.getProject().getFile(IPath.fromPortableString("out/xor/xorDemo.training.json")).exists());
		assertTrue(scenario.getProject().getFile(IPath.fromPortableString("out/xor/xorDemo.model")).exists());
		assertTrue(RunConsole.text().contains("epoch 1  loss "), RunConsole.text());
		Workbench.page().showView(LossChartView.ID);
		System.out.println("screenshot: " + Workbench.screenshot("training-loss.png"));
	}
}
