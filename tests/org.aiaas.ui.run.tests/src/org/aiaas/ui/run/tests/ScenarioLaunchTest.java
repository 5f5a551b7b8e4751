package org.aiaas.ui.run.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.ui.run.editor.ResultsEditor;
import org.aiaas.ui.run.launch.ErrorReporter;
import org.aiaas.ui.run.launch.LaunchAttributes;
import org.aiaas.ui.run.launch.RunConsole;
import org.aiaas.ui.run.launch.ScenarioLaunchShortcut;
import org.aiaas.ui.run.launch.ScenarioRunJob;
import org.aiaas.ui.run.results.RunComparison;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Run As → AIaaS Scenario in the running workbench: the launch runs as a job, writes the files
 * into the workspace, opens the results editor; cancel stops a long run; errors are reported as
 * file:line:column lines.
 */
class ScenarioLaunchTest {

	private static final Duration PATIENCE = Duration.ofMinutes(3);

	@BeforeAll
	static void noModalDialogs() {
		// A modal error dialog would wait for a click; the console gets the same lines.
		ErrorReporter.setDialogs(false);
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void runningMm1OpensItsResultsWithTheTheoreticalWait() throws Exception {
		IFile scenario = Workbench.example("queueing/mm1.aiaas", "mm1.aiaas");
		ILaunchConfiguration config = new ScenarioLaunchShortcut().configurationFor(scenario);
		assertEquals("/runs/out/mm1", config.getAttribute(LaunchAttributes.OUTPUT, ""));

		config.launch(ILaunchManager.RUN_MODE, null);
		ResultsEditor editor = awaitResultsEditor();

		IFile json = scenario.getProject().getFile(IPath.fromPortableString("out/mm1/results.json"));
		assertTrue(json.exists(), "results.json in the workspace (refreshed)");
		assertTrue(json.getParent().getFile(IPath.fromPortableString("report.html")).exists());
		assertEquals(1, editor.summaryTable().getItemCount()); // mm1 compares nothing: one variant
		// M/M/1, λ = 8/s, μ = 10/s: Wq = ρ/(μ − λ) = 0.8/2 = 0.4 s; the example promises the theory
		// inside the 95 % interval of its 20 replications of 4 h.
		MetricValue wait = editor.result().variants().get(0).metrics().get("meanWaitS");
		assertTrue(Math.abs(wait.mean() - 0.4) <= wait.ci95(), "Wq = " + wait);
		assertTrue(wait.ci95() < 0.04, "the interval is narrow: " + wait);
		// The table shows it as "mean ± half-width" in the waiting-time column (after the 4 counts).
		assertTrue(editor.summaryTable().getItem(0).getText(4).contains(" ± "), editor.summaryTable().getItem(0).getText(4));
		assertTrue(editor.charts().size() >= 4, "charts: " + editor.charts().size());
		assertTrue(Workbench.waitUntil(() -> RunConsole.text().contains("wrote /runs/out/mm1/results.json"),
				Duration.ofSeconds(10)), RunConsole.text());
		// The picture for the README: the charts, editor maximised.
		assertTrue(editor.showTab("Charts"));
		Workbench.page().setPartState(Workbench.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		System.out.println("screenshot: " + Workbench.screenshot("results-editor.png"));
		Workbench.page().setPartState(Workbench.page().getReference(editor), IWorkbenchPage.STATE_RESTORED);

		// The exports regenerate the run's own files from results.json, byte for byte.
		Path folder = json.getParent().getLocation().toFile().toPath();
		Path csv = Files.createTempFile("export", ".csv");
		editor.exportCsv(csv);
		assertEquals(Files.readString(folder.resolve("results.csv")), Files.readString(csv));
		Path html = Files.createTempFile("export", ".html");
		editor.exportHtml(html);
		assertEquals(Files.readString(folder.resolve("report.html")), Files.readString(html));

		// Compared with itself: every defined metric, no clear difference anywhere.
		editor.compareWith(folder.resolve("results.json"));
		assertTrue(editor.comparisonTable().getItemCount() > 5);
		assertTrue(Arrays.stream(editor.comparisonTable().getItems())
				.allMatch(item -> item.getText(5).equals(RunComparison.Verdict.OVERLAP.text())
						|| item.getText(5).equals(RunComparison.Verdict.UNKNOWN.text())));
	}

	@Test
	void cancellingALongRunStopsItAndWritesNothing() throws Exception {
		IFile scenario = Workbench.example("queueing/mm1.aiaas", "mm1-long.aiaas");
		ILaunchConfigurationWorkingCopy copy = new ScenarioLaunchShortcut().configurationFor(scenario).getWorkingCopy();
		copy.setAttribute(LaunchAttributes.REPLICATIONS, "10000"); // 10 000 × 4 h: far longer than the test
		ILaunchConfiguration config = copy.doSave();

		config.launch(ILaunchManager.RUN_MODE, null);
		// Running, not merely scheduled: a job cancelled before it runs never reports an outcome.
		assertTrue(Workbench.waitUntil(() -> runningJob() != null && runningJob().getState() == Job.RUNNING, PATIENCE),
				"the run did not start");
		ScenarioRunJob job = runningJob();
		Workbench.waitUntil(() -> false, Duration.ofSeconds(2)); // let it simulate a little
		job.cancel();
		assertTrue(Workbench.waitUntil(() -> job.getState() == Job.NONE, Duration.ofSeconds(30)),
				"the engine did not stop within 30 s of cancel");

		assertEquals(ScenarioRunJob.Outcome.CANCELLED, job.outcome());
		assertFalse(scenario.getProject().getFile(IPath.fromPortableString("out/mm1-long/results.json")).exists());
		// The console's document is updated asynchronously.
		assertTrue(Workbench.waitUntil(
				() -> RunConsole.text().contains("/runs/mm1-long.aiaas: cancelled; no files were written"),
				Duration.ofSeconds(10)), RunConsole.text());
	}

	@Test
	void aScenarioWithErrorsIsReportedByFileLineAndColumn() throws Exception {
		// Line 3 names a node that does not exist: the language's "unknown node" message.
		IFile scenario = Workbench.file("broken.aiaas", """
				scenario Broken {
				  node server cloud { slots 1 }
				  workload jobs at srv {
				    arrivals poisson 1 /s
				    service exponential 100 ms
				  }
				}
				""");
		ILaunchConfiguration config = new ScenarioLaunchShortcut().configurationFor(scenario);

		config.launch(ILaunchManager.RUN_MODE, null);

		assertTrue(Workbench.waitUntil(() -> RunConsole.text().contains("/runs/broken.aiaas: fix the errors above"),
				PATIENCE), RunConsole.text());
		assertTrue(RunConsole.text().contains("/runs/broken.aiaas:3:20: error: unknown node 'srv'"), RunConsole.text());
		assertFalse(RunConsole.text().contains("Exception"), "no stack trace: " + RunConsole.text());
	}

	private static ScenarioRunJob runningJob() {
		Job[] jobs = Job.getJobManager().find(ScenarioRunJob.FAMILY);
		return jobs.length == 0 ? null : (ScenarioRunJob) jobs[0];
	}

	private static ResultsEditor awaitResultsEditor() {
		boolean opened = Workbench.waitUntil(() -> Workbench.page().getActiveEditor() instanceof ResultsEditor,
				PATIENCE);
		IEditorPart active = Workbench.page().getActiveEditor();
		assertTrue(opened, "no results editor; console:\n" + RunConsole.text());
		assertNotNull(((ResultsEditor) active).result());
		return (ResultsEditor) active;
	}
}
