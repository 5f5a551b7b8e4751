package org.aiaas.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aiaas.model.Scenario;
import org.aiaas.model.ShardKind;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** The {@code federated { … }} block of a training job: parsed into the model, and its mistakes named. */
class FederatedValidationTest {

	private final ScenarioFixture fixture = new ScenarioFixture();

	/** Line 1..12; the federated block is on line 11, the 'phones' group on line 6. */
	private static String scenario(String hardware, String edgeBody, String jobExtra, String federatedBody) {
		return "scenario F {\n" //
				+ "  npu PhoneNpu { fp32 1 TFLOPS memory 8 GB bandwidth 50 GB/s }\n" //
				+ "  node edge1 edge { " + edgeBody + " }\n" //
				+ "  node cloud1 cloud { gpus 1 x H100 }\n" //
				+ "  cell macro { band n78 bandwidth 100 MHz backhaul edge1 latency 1 ms }\n" //
				+ "  devices phones { count 20 in macro distance 20 m .. 300 m " + hardware + " }\n" //
				+ "  link edge1 -> cloud1 { bandwidth 10 Gbps latency 20 ms }\n" //
				+ "  model net { network { dense 8 relu dense 1 sigmoid } loss crossentropy }\n" //
				+ "  training fed {\n" //
				+ "    model net dataset moons samples 500 " + jobExtra + "\n" //
				+ "    federated { " + federatedBody + " }\n" //
				+ "  }\n" //
				+ "}\n";
	}

	private static final String VALID_BLOCK = "clients phones participants 5 rounds 3 local 2 epochs shards noniid aggregate at edge1, cloud1";

	private List<Issue> issuesOf(String text) {
		return ScenarioFixture.validate(fixture.parse(text));
	}

	private static void assertOnly(List<Issue> issues, Severity severity, int line, String message) {
		assertEquals(1, issues.size(), () -> "expected exactly one issue, got:\n" + ScenarioFixture.describe(issues));
		assertEquals(message, issues.get(0).getMessage());
		assertEquals(severity, issues.get(0).getSeverity());
		assertEquals(line, issues.get(0).getLineNumber(), "line");
	}

	@Test
	void aCompleteBlockIsValidAndReadIntoTheModel() {
		String text = scenario("hardware PhoneNpu", "gpus 1 x L4", "", VALID_BLOCK);
		List<Issue> issues = issuesOf(text);
		assertTrue(issues.isEmpty(), ScenarioFixture.describe(issues));
		Scenario scenario = ScenarioFixture.scenario(fixture.parse(text));
		var federated = scenario.getTrainingJobs().get(0).getFederated();
		assertEquals("phones", federated.getClients().get(0).getName());
		assertEquals(5, federated.getParticipants());
		assertEquals(3, federated.getRounds());
		assertEquals(2, federated.getLocalEpochs());
		assertEquals(ShardKind.NONIID, federated.getShards());
		assertEquals(List.of("edge1", "cloud1"), federated.getAggregators().stream().map(n -> n.getName()).toList());
	}

	@Test
	void aClientGroupNeedsHardware() {
		assertOnly(issuesOf(scenario("", "gpus 1 x L4", "", VALID_BLOCK)), Severity.ERROR, 11,
				"device group phones has no 'hardware' to time its local training on, e.g. 'hardware JetsonOrin'");
	}

	@Test
	void anAggregatingNodeNeedsAccelerators() {
		assertOnly(issuesOf(scenario("hardware PhoneNpu", "slots 1", "", VALID_BLOCK)), Severity.ERROR, 11,
				"node edge1 has no 'gpus' to time the averaging on; give it e.g. 'gpus 1 x L4'");
	}

	@Test
	void participantsCannotExceedAGroupsDevices() {
		assertOnly(issuesOf(scenario("hardware PhoneNpu", "gpus 1 x L4", "",
				"clients phones participants 50 aggregate at edge1")), Severity.ERROR, 11,
				"'participants 50' but device group phones has only 20 devices");
	}

	@Test
	void aBlockWithoutClientsOrAggregatorSaysWhatIsMissing() {
		List<Issue> issues = issuesOf(scenario("hardware PhoneNpu", "gpus 1 x L4", "", "rounds 3"));
		assertEquals(List.of("federated training needs 'clients GROUP, …': the device groups that train local copies",
				"federated training needs 'aggregate at NODE' (several nodes, e.g. 'aggregate at edge1, cloud1', are compared)"),
				issues.stream().map(Issue::getMessage).toList());
	}

	@Test
	void zeroRoundsAreOutOfRange() {
		assertOnly(issuesOf(scenario("hardware PhoneNpu", "gpus 1 x L4", "",
				"clients phones rounds 0 aggregate at edge1")), Severity.ERROR, 11, "'rounds' must be at least 1, found 0");
	}

	@Test
	void epochsOfAFederatedJobAreIgnoredWithAWarning() {
		assertOnly(issuesOf(scenario("hardware PhoneNpu", "gpus 1 x L4", "epochs 5", VALID_BLOCK)), Severity.WARNING, 10,
				"a federated job ignores 'epochs': it trains 'rounds' × 'local N epochs'");
	}
}
