package org.aiaas.ui.run.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.aiaas.sim.api.Progress;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.aiaas.ui.run.core.RunSettings;
import org.aiaas.ui.run.core.ScenarioErrors;
import org.aiaas.ui.run.core.ScenarioRunner;
import org.junit.jupiter.api.Test;

/** The headless part of Run As → AIaaS Scenario: variant selection, overrides, errors. */
class ScenarioRunnerTest {

	private static final String THREE_SCHEDULERS = """
			scenario Pick {
			  seed 5
			  duration 200 s
			  warmup 20 s
			  replications 4
			  node server cloud { slots 1 queue 100 }
			  workload jobs at server {
			    arrivals poisson 5 /s
			    service exponential 100 ms
			  }
			  compare scheduler fcfs, sjf, rr { slice 10 ms }
			}
			""";

	@Test
	void onlyTheChosenVariantsRunWithTheReplicationsAsked() throws Exception {
		Path file = write(THREE_SCHEDULERS);
		RunSettings settings = new RunSettings(file, RunSettings.parseVariants(" rr slice 10 ms , fcfs"),
				OptionalInt.of(2), OptionalLong.empty(), file.resolveSibling("out"));

		SimulationResult result = ScenarioRunner.simulate(settings, "pick.aiaas", Progress.NONE);

		// In the scenario's order, not the order typed; 2 replications instead of the scenario's 4.
		assertEquals(List.of("fcfs", "rr slice 10 ms"), result.variants().stream().map(VariantResult::name).toList());
		assertEquals(2, result.replications());
		assertTrue(ScenarioRunner.summary(result).get(0).startsWith("Pick: 2 replications of 200 s"),
				ScenarioRunner.summary(result).get(0));
	}

	@Test
	void anUnknownVariantIsNamedWithTheKnownOnes() throws Exception {
		Path file = write(THREE_SCHEDULERS);
		RunSettings settings = new RunSettings(file, List.of("edf"), OptionalInt.empty(), OptionalLong.empty(),
				file.resolveSibling("out"));

		ScenarioErrors e = assertThrows(ScenarioErrors.class,
				() -> ScenarioRunner.simulate(settings, "pick.aiaas", Progress.NONE));
		assertEquals(List.of("pick.aiaas: no variant named 'edf'; the scenario has fcfs, sjf, rr slice 10 ms"), e.lines());
	}

	@Test
	void errorsInTheFileAreListedByLineAndColumnAsTheCommandLinePrintsThem() throws Exception {
		// Line 2: "slots" needs a whole number; line 4 names an unknown node.
		Path file = write("""
				scenario Bad {
				  node server cloud { slots 1.5 }
				  workload jobs at server { arrivals poisson 1 /s service exponential 1 s }
				  workload more at nowhere { arrivals poisson 1 /s service exponential 1 s }
				}
				""");
		RunSettings settings = new RunSettings(file, List.of(), OptionalInt.empty(), OptionalLong.empty(),
				file.resolveSibling("out"));

		ScenarioErrors e = assertThrows(ScenarioErrors.class,
				() -> ScenarioRunner.simulate(settings, "bad.aiaas", Progress.NONE));
		assertEquals(2, e.lines().size(), e.lines().toString());
		assertTrue(e.lines().get(0).startsWith("bad.aiaas:2:"), e.lines().get(0));
		assertTrue(e.lines().get(1).startsWith("bad.aiaas:4:20: error: unknown node 'nowhere'"), e.lines().get(1));
	}

	private static Path write(String text) throws Exception {
		Path folder = Files.createTempDirectory("runner");
		return Files.writeString(folder.resolve("scenario.aiaas"), text);
	}
}
