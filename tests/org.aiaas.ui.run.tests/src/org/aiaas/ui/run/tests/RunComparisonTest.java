package org.aiaas.ui.run.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.ui.run.results.ResultsReader;
import org.aiaas.ui.run.results.RunComparison;
import org.aiaas.ui.run.results.RunComparison.Verdict;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

	@Test
	void aDifferenceIsClearOnlyWhenTheIntervalsAreDisjoint() {
		// |0.50 − 0.40| = 0.10 > 0.02 + 0.03: the intervals [0.38, 0.42] and [0.47, 0.53] do not meet.
		assertEquals(Verdict.HIGHER, RunComparison.verdict(new MetricValue(0.40, 0.02, null), new MetricValue(0.50, 0.03, null)));
		assertEquals(Verdict.LOWER, RunComparison.verdict(new MetricValue(0.50, 0.03, null), new MetricValue(0.40, 0.02, null)));
		// 0.10 ≤ 0.06 + 0.05: [0.34, 0.46] and [0.45, 0.55] overlap.
		assertEquals(Verdict.OVERLAP, RunComparison.verdict(new MetricValue(0.40, 0.06, null), new MetricValue(0.50, 0.05, null)));
		assertEquals(Verdict.UNKNOWN, RunComparison.verdict(new MetricValue(0.40, null, "one replication"), new MetricValue(0.50, 0.05, null)));
	}

	@Test
	void rowsPairVariantsAndGiveTheDifference() throws Exception {
		SimulationResult a = ResultsReader.parse(Fixtures.SCHEMA_EXAMPLE);
		// Run B: mean wait 0.5 ± 0.0625 instead of 0.25 ± 0.0625, variant renamed (single variants pair anyway).
		SimulationResult b = ResultsReader.parse(Fixtures.SCHEMA_EXAMPLE
				.replace("\"meanWaitS\": {\"mean\": 0.25", "\"meanWaitS\": {\"mean\": 0.5")
				.replace("\"name\": \"fcfs\"", "\"name\": \"sjf\""));

		List<RunComparison.Row> rows = RunComparison.of(a, b);

		// Every metric defined in either run: the nine documented keys less jainFairness (undefined in both).
		assertEquals(8, rows.size());
		RunComparison.Row wait = rows.get(0);
		assertEquals("fcfs / sjf", wait.variant());
		assertEquals("Mean waiting time (s)", wait.metric());
		assertEquals("0.25 ± 0.0625", wait.a());
		assertEquals("0.5 ± 0.0625", wait.b());
		assertEquals("0.25", wait.difference());
		// 0.25 > 0.0625 + 0.0625
		assertEquals(Verdict.HIGHER, wait.verdict());
		assertEquals(Verdict.OVERLAP, rows.get(1).verdict()); // response time unchanged
	}
}
