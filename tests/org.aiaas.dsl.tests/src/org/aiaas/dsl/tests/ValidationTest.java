package org.aiaas.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Each class of bad input gets one diagnostic at the place a person would look, saying what is
 * wrong and what would be right. Expected positions are counted by hand in the text (line and
 * column are 1-based, the column of the first character of the offending text).
 */
class ValidationTest {

	private final ScenarioFixture fixture = new ScenarioFixture();

	private List<Issue> issuesOf(String text) {
		return ScenarioFixture.validate(fixture.parse(text));
	}

	private static void assertOnly(List<Issue> issues, Severity severity, int line, int column, String message) {
		assertEquals(1, issues.size(), () -> "expected exactly one issue, got:\n" + ScenarioFixture.describe(issues));
		Issue issue = issues.get(0);
		assertEquals(message, issue.getMessage());
		assertEquals(severity, issue.getSeverity());
		assertEquals(line, issue.getLineNumber(), "line");
		assertEquals(column, issue.getColumn(), "column");
	}

	/** A valid base: one node, one workload arriving directly at it, with a stable load. */
	private static String queue(String nodeBody, String workloadBody) {
		return "scenario Q {\n" //
				+ "  node server cloud { " + nodeBody + " }\n" //
				+ "  workload jobs at server { " + workloadBody + " }\n" //
				+ "}\n";
	}

	@Test
	void theBaseScenarioIsValid() {
		List<Issue> issues = issuesOf(queue("slots 1", "arrivals poisson 8 /s service exponential 100 ms"));
		assertTrue(issues.isEmpty(), ScenarioFixture.describe(issues));
	}

	@Test
	void batchingParsesWithAndWithoutAWait() {
		for (String node : new String[] { "slots 2 batching max 8 wait 5 ms", "batching max 8" }) {
			List<Issue> issues = issuesOf(queue(node, "arrivals poisson 8 /s service exponential 100 ms"));
			assertTrue(issues.isEmpty(), ScenarioFixture.describe(issues));
		}
	}

	@Test
	void aBatchOfNoRequestsIsOutOfRange() {
		// Line 2 "  node server cloud { batching max 0 }": "0" is at column 36.
		assertOnly(issuesOf(queue("batching max 0", "arrivals poisson 1 /s service constant 1 ms")), Severity.ERROR, 2,
				36, "'batching max' must be 1 to 4096 requests per batch, found 0");
	}

	@Test
	void aSyntaxErrorNamesTheUnexpectedWord() {
		// Line 2 "  nod server cloud { }": 'nod' starts at column 3.
		List<Issue> issues = issuesOf("scenario Q {\n  nod server cloud { }\n}\n");
		assertEquals(Severity.ERROR, issues.get(0).getSeverity());
		assertEquals(2, issues.get(0).getLineNumber());
		assertEquals(3, issues.get(0).getColumn());
		assertTrue(issues.get(0).getMessage().contains("'nod'"), issues.get(0).getMessage());
	}

	@Test
	void aQuantityOfTheWrongDimensionSaysWhichWasExpected() {
		// Line 3 "  workload jobs at server { arrivals poisson 8 /s service exponential 10 Gbps }":
		// "10 Gbps" starts at column 71.
		List<Issue> issues = issuesOf(queue("slots 1", "arrivals poisson 8 /s service exponential 10 Gbps"));
		assertOnly(issues, Severity.ERROR, 3, 71,
				"'10 Gbps' is a data rate, but 'service' expects a time (ns, us, ms, s, min, h, d)");
	}

	@Test
	void anUnknownUnitSuggestsTheClosestOne() {
		// Line 3: "  link a -> b { bandwidth 10 Gbs }": "10 Gbs" starts at column 27.
		List<Issue> issues = issuesOf("scenario L {\n  node a edge { } node b cloud { }\n"
				+ "  link a -> b { bandwidth 10 Gbs }\n  workload w at a { arrivals poisson 1 /s service constant 1 ms }\n}\n");
		assertOnly(issues, Severity.ERROR, 3, 27,
				"unknown unit 'Gbs'; did you mean 'Gbps'? — 'bandwidth' expects a data rate (bps, kbps, Mbps, Gbps, Tbps, "
						+ "bit/s, kbit/s, Mbit/s, Gbit/s, Tbit/s, B/s, KB/s, kB/s, MB/s, GB/s, TB/s, KiB/s, MiB/s, GiB/s)");
	}

	@Test
	void aMissingUnitIsNamed() {
		// Line 1 "scenario S { duration 10 ... }": "10" is at column 23.
		List<Issue> issues = issuesOf("scenario S { duration 10\n  node server cloud { }\n"
				+ "  workload jobs at server { arrivals poisson 1 /s service constant 1 ms }\n}\n");
		assertOnly(issues, Severity.ERROR, 1, 23,
				"'duration' needs a unit: it is a time (ns, us, ms, s, min, h, d)");
	}

	@Test
	void anUnknownReferenceSuggestsTheClosestName() {
		// Line 3 "  workload jobs at servr {": 'servr' starts at column 20.
		List<Issue> issues = issuesOf("scenario Q {\n  node server cloud { }\n"
				+ "  workload jobs at servr { arrivals poisson 1 /s service constant 1 ms }\n}\n");
		assertOnly(issues, Severity.ERROR, 3, 20, "unknown node 'servr'; did you mean 'server'?");
	}

	@Test
	void anUnknownReferenceWithoutACloseNameListsTheKnownOnes() {
		List<Issue> issues = issuesOf("scenario Q {\n  node alpha cloud { } node beta edge { }\n"
				+ "  workload jobs at zzz { arrivals poisson 1 /s service constant 1 ms }\n}\n");
		assertOnly(issues, Severity.ERROR, 3, 20, "unknown node 'zzz'; known: alpha, beta");
	}

	@Test
	void aPropertyGivenTwiceIsAnError() {
		// Line 2 "  node server cloud { slots 1 slots 2 }": the second value "2" is at column 37.
		List<Issue> issues = issuesOf(queue("slots 1 slots 2", "arrivals poisson 1 /s service constant 1 ms"));
		assertOnly(issues, Severity.ERROR, 2, 37, "'slots' is given twice in node server (first at line 2); keep one");
	}

	@Test
	void namesAreUniqueAcrossKinds() {
		// Line 3 "  cell server { ...": the second 'server' starts at column 8.
		List<Issue> issues = issuesOf("scenario Q {\n  node server cloud { }\n"
				+ "  cell server { band n78 bandwidth 20 MHz backhaul server }\n"
				+ "  workload jobs at server { arrivals poisson 1 /s service constant 1 ms }\n}\n");
		assertEquals(Severity.ERROR, issues.get(0).getSeverity(), ScenarioFixture.describe(issues));
		assertEquals("duplicate name 'server': node 'server' is declared at line 2; every name in a scenario must be unique",
				issues.get(0).getMessage());
		assertEquals(3, issues.get(0).getLineNumber());
		assertEquals(8, issues.get(0).getColumn());
	}

	@Test
	void aValueThatMustBePositiveIsChecked() {
		// Line 2 "  gpu G { fp16 1 TFLOPS memory 0 GB bandwidth 1 TB/s }": "0 GB" starts at column 32.
		List<Issue> issues = issuesOf("scenario H {\n  gpu G { fp16 1 TFLOPS memory 0 GB bandwidth 1 TB/s }\n"
				+ "  node n cloud { gpus 1 x G }\n  workload w at n { arrivals poisson 1 /s service constant 1 ms }\n}\n");
		assertOnly(issues, Severity.ERROR, 2, 32, "'memory' must be greater than 0, found 0 GB");
	}

	@Test
	void aWholeNumberIsRequiredWhereCountsAre() {
		// Line 2 "  node server cloud { slots 2.5 }": "2.5" starts at column 29.
		List<Issue> issues = issuesOf(queue("slots 2.5", "arrivals poisson 1 /s service constant 1 ms"));
		assertOnly(issues, Severity.ERROR, 2, 29, "expected a whole number here, found 2.5");
	}

	@Test
	void aMissingRequiredPartIsNamedWithAnExample() {
		// Line 3 "  cell c1 { band n78 bandwidth 20 MHz }": the cell name 'c1' is at column 8.
		List<Issue> issues = issuesOf("scenario R {\n  node n1 edge { }\n  cell c1 { band n78 bandwidth 20 MHz }\n"
				+ "  workload w at n1 { arrivals poisson 1 /s service constant 1 ms }\n}\n");
		assertOnly(issues, Severity.ERROR, 3, 8,
				"cell c1 needs 'backhaul NODE': the node its traffic reaches first (e.g. backhaul edge1 latency 1 ms)");
	}

	@Test
	void anOverloadedNodeWarnsWithItsUtilisation() {
		// λ = 12/s, E[S] = 100 ms, one slot: ρ = 12 × 0.1 / 1 = 1.2 ≥ 1. The warning sits on the
		// node reference of line 3 "  workload jobs at server {", column 20.
		List<Issue> issues = issuesOf(queue("slots 1", "arrivals poisson 12 /s service exponential 100 ms"));
		assertOnly(issues, Severity.WARNING, 3, 20,
				"unstable: node server is offered ρ = 1.20 (1.20 erlangs of work on 1 slot); the queue grows without bound");
	}

	@Test
	void anOverloadedNodeWithAFiniteQueueWarnsOfLoss() {
		// λ = 20/s, E[S] = 100 ms, 1 slot → ρ = 2; at least 1 − 1/ρ = 50 % lost.
		List<Issue> issues = issuesOf(queue("slots 1 queue 10", "arrivals poisson 20 /s service exponential 100 ms"));
		assertOnly(issues, Severity.WARNING, 3, 20,
				"unstable: node server is offered ρ = 2.00 (2.00 erlangs of work on 1 slot); with 'queue 10' at least 50 % of its requests will be lost");
	}

	@Test
	void aStableNodeWithManySlotsDoesNotWarn() {
		// λ = 12/s, E[S] = 100 ms on 2 slots: ρ = 0.6.
		List<Issue> issues = issuesOf(queue("slots 2", "arrivals poisson 12 /s service exponential 100 ms"));
		assertTrue(issues.isEmpty(), ScenarioFixture.describe(issues));
	}

	@Test
	void mixtureProbabilitiesMustAddUpToOne() {
		List<Issue> issues = issuesOf(queue("slots 1",
				"arrivals poisson 1 /s service mixture { 0.5 : exponential 1 ms, 0.4 : exponential 2 ms }"));
		assertEquals(1, issues.size(), ScenarioFixture.describe(issues));
		assertEquals("the branch probabilities of a mixture must add up to 1, they add up to 0.9",
				issues.get(0).getMessage());
	}

	@Test
	void aLibraryHoldsNoWorkloads() {
		List<Issue> issues = issuesOf("library L {\n  node n cloud { }\n"
				+ "  workload w at n { arrivals poisson 1 /s service constant 1 ms }\n}\n");
		// Line 3: the workload name 'w' is at column 12.
		assertOnly(issues, Severity.ERROR, 3, 12,
				"a library declares hardware, nodes, cells, links and models only; move workload w into a scenario");
	}

	@Test
	void roundRobinNeedsASlice() {
		List<Issue> issues = issuesOf("scenario S {\n  node n cloud { }\n"
				+ "  workload w at n { arrivals poisson 1 /s service constant 1 ms }\n  scheduler rr\n}\n");
		// Line 4 "  scheduler rr": 'rr' at column 13.
		assertOnly(issues, Severity.ERROR, 4, 13, "round robin needs a time slice, e.g. 'rr { slice 10 ms }'");
	}

	@Test
	void aWarmUpLongerThanTheRunIsAnError() {
		List<Issue> issues = issuesOf("scenario S { duration 1 min warmup 2 min\n  node n cloud { }\n"
				+ "  workload w at n { arrivals poisson 1 /s service constant 1 ms }\n}\n");
		// Line 1: "2 min" starts at column 36.
		assertOnly(issues, Severity.ERROR, 1, 36, "'warmup' must end before the run does: warm-up 2 min ≥ duration 1 min");
	}

	@Test
	void aScenarioWithNothingToSimulateSaysSo() {
		List<Issue> issues = issuesOf("scenario Empty {\n  node n cloud { }\n}\n");
		assertOnly(issues, Severity.WARNING, 1, 10,
				"scenario Empty has no workload and no training job: there is nothing to simulate");
	}

	@Test
	void sweepsNameASweepableParameter() {
		List<Issue> issues = issuesOf(queue("slots 1", "arrivals poisson 1 /s service constant 1 ms")
				.replace("}\n}\n", "}\n  sweep jobs.rat 1 /s .. 5 /s steps 5\n}\n"));
		// Line 4 "  sweep jobs.rat ...": 'rat' starts at column 14.
		assertOnly(issues, Severity.ERROR, 4, 14,
				"cannot sweep 'rat' of workload jobs; sweepable: deadline, rate; did you mean 'rate'?");
	}

	@Test
	void aClusterTrainingJobNamesItsNodes() {
		// 'corpus' without 'dataset' is simulated on the cluster by 'aiaas run': it needs 'on NODE'.
		List<Issue> issues = issuesOf("scenario T {\n  model m { params 1 B }\n"
				+ "  training pre { model m corpus 1 T }\n}\n");
		// Line 3 "  training pre { model m corpus 1 T }": the corpus value starts at column 33.
		assertOnly(issues, Severity.ERROR, 3, 33, "training job pre has a 'corpus' and no 'dataset', so 'aiaas run'"
				+ " simulates it on the cluster: name the nodes it trains on, e.g. 'on cloud1, cloud2'");
	}
}
