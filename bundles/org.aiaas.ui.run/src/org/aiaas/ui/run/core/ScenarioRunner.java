package org.aiaas.ui.run.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.aiaas.cli.run.SummaryTable;
import org.aiaas.model.Scenario;
import org.aiaas.sim.api.Progress;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.engine.Plan;
import org.aiaas.sim.engine.PlanCompiler;
import org.aiaas.sim.engine.RunOptions;
import org.aiaas.sim.engine.ScenarioException;
import org.aiaas.sim.engine.Simulator;
import org.aiaas.sim.report.ReportFiles;

/**
 * One run of a scenario from the workbench, without any UI: check and load the file, compile it,
 * keep the chosen variants, simulate, write results.json, results.csv and report.html. The same
 * steps and messages as {@code aiaas run}.
 */
public final class ScenarioRunner {

	private ScenarioRunner() {
	}

	/**
	 * @param shown how the file is named in messages
	 * @throws ScenarioErrors        when the file has errors or cannot be simulated
	 * @throws CancellationException when {@code progress} asked to stop
	 */
	public static SimulationResult simulate(RunSettings settings, String shown, Progress progress)
			throws ScenarioErrors {
		Scenario scenario = ScenarioFiles.load(settings.scenarioFile(), shown);
		RunOptions options = new RunOptions(settings.replications(), settings.seed(),
				Runtime.getRuntime().availableProcessors());
		Plan plan;
		try {
			plan = selectVariants(PlanCompiler.compile(scenario, options), settings.variants(), shown);
			return Simulator.run(plan, options, progress);
		} catch (ScenarioException e) {
			throw new ScenarioErrors(shown + ": " + e.getMessage());
		}
	}

	/** Writes the three result files into the settings' output folder. */
	public static void write(SimulationResult result, RunSettings settings) throws IOException {
		ReportFiles.writeAll(result, settings.outputFolder());
	}

	/** The summary {@code aiaas run} prints: one row per variant, mean ± 95 % half-width. */
	public static List<String> summary(SimulationResult result) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
			SummaryTable.print(result, out);
		}
		return bytes.toString(StandardCharsets.UTF_8).lines().toList();
	}

	/** The plan with only the named variants, in the scenario's order; all when none is named. */
	static Plan selectVariants(Plan plan, List<String> names, String shown) throws ScenarioErrors {
		if (names.isEmpty()) {
			return plan;
		}
		List<String> known = plan.variants().stream().map(Plan.VariantPlan::name).toList();
		List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
		if (!unknown.isEmpty()) {
			throw new ScenarioErrors(shown + ": no variant named " + String.join(", ", unknown.stream()
					.map(n -> "'" + n + "'").toList()) + "; the scenario has " + String.join(", ", known));
		}
		Set<String> wanted = Set.copyOf(names);
		List<Plan.VariantPlan> kept = new ArrayList<>();
		plan.variants().stream().filter(v -> wanted.contains(v.name())).forEach(kept::add);
		return plan.withVariants(List.copyOf(kept));
	}
}
