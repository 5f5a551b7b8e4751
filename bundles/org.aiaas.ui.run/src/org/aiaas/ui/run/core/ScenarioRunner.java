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
import org.aiaas.sim.engine.SweepCompiler;
import org.aiaas.cli.run.RunCommand;
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
		try {
			List<Plan> plans = selectVariants(SweepCompiler.compile(scenario, options), settings.variants(), shown);
			return Simulator.run(RunCommand.withPredictors(plans, line -> {
			}), options, progress);
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

	/**
	 * The plans (one per sweep point) with only the named variants, in the scenario's order, plans
	 * left without variants dropped; all when none is named.
	 */
	static List<Plan> selectVariants(List<Plan> plans, List<String> names, String shown) throws ScenarioErrors {
		if (names.isEmpty()) {
			return plans;
		}
		List<String> known = plans.stream().flatMap(p -> p.variants().stream()).map(Plan.VariantPlan::name).toList();
		List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
		if (!unknown.isEmpty()) {
			throw new ScenarioErrors(shown + ": no variant named " + String.join(", ", unknown.stream()
					.map(n -> "'" + n + "'").toList()) + "; the scenario has " + String.join(", ", known));
		}
		Set<String> wanted = Set.copyOf(names);
		List<Plan> kept = new ArrayList<>();
		for (Plan plan : plans) {
			List<Plan.VariantPlan> variants = plan.variants().stream().filter(v -> wanted.contains(v.name())).toList();
			if (!variants.isEmpty()) {
				kept.add(plan.withVariants(variants));
			}
		}
		return List.copyOf(kept);
	}
}
