package org.aiaas.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.OptionalLong;

import org.aiaas.model.Scenario;
import org.aiaas.sim.api.Progress;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.report.ResultsJson;
import org.junit.jupiter.api.Test;

/** The same seed gives a byte-identical results.json, however many threads run the replications. */
class DeterminismTest {

	private static final String SCENARIO = "scenario Det { seed 3 duration 2000 s warmup 100 s replications 4\n"
			+ "  node server cloud { slots 2 queue 20 }\n"
			+ "  workload a at server { arrivals poisson 9 /s service exponential 150 ms deadline 2 s tenant t1 }\n"
			+ "  workload b at server { arrivals onoff 20 /s on 2 s off 8 s service lognormal mean 100 ms sd 80 ms tenant t2 }\n"
			+ "  compare scheduler fcfs, srpt, rr { slice 20 ms }, edf\n}\n";

	private static String json(Scenario scenario, long seed, int threads) {
		SimulationResult result = Simulator.run(scenario, new RunOptions(OptionalInt.empty(), OptionalLong.of(seed),
				threads), Progress.NONE);
		return ResultsJson.toJson(result);
	}

	@Test
	void sameSeedSameBytes() {
		Scenario scenario = SimulationFixture.parse(SCENARIO);
		String first = json(scenario, 3, 2);
		assertEquals(first, json(scenario, 3, 2));
		assertEquals(first, json(scenario, 3, 1), "the number of threads must not change any result");
		assertTrue(first.contains("\"meanResponseS\""), "results.json has the documented keys");
	}

	@Test
	void anotherSeedGivesOtherNumbers() {
		Scenario scenario = SimulationFixture.parse(SCENARIO);
		assertNotEquals(json(scenario, 3, 2), json(scenario, 4, 2));
	}

	@Test
	void addingAWorkloadDoesNotChangeAnotherWorkloadsDraws() {
		// Streams are named by workload: workload a alone, and a next to an idle-node workload c,
		// see the same arrivals and sizes — so a's node gives identical figures.
		String alone = "scenario S { seed 9 duration 1000 s warmup 0 s replications 2\n"
				+ "  node n1 cloud { slots 1 }\n"
				+ "  workload a at n1 { arrivals poisson 5 /s service exponential 100 ms }\n}\n";
		String withAnother = alone.replace("}\n}\n", "}\n  node n2 cloud { slots 1 }\n"
				+ "  workload c at n2 { arrivals poisson 3 /s service exponential 50 ms }\n}\n");
		var first = Simulator.run(SimulationFixture.parse(alone), new RunOptions(OptionalInt.empty(),
				OptionalLong.empty(), 1), Progress.NONE).variants().get(0).nodes().get(0);
		var second = Simulator.run(SimulationFixture.parse(withAnother), new RunOptions(OptionalInt.empty(),
				OptionalLong.empty(), 1), Progress.NONE).variants().get(0).nodes().get(0);
		assertEquals(first.utilization(), second.utilization());
		assertEquals(first.meanQueueLength(), second.meanQueueLength());
	}
}
