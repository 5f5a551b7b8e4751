package org.aiaas.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aiaas.model.Cell;
import org.aiaas.model.Node;
import org.aiaas.model.Scenario;
import org.aiaas.sim.radio.PeakRate;
import org.aiaas.sim.radio.TddPattern;
import org.junit.jupiter.api.Test;

/** The network as federated training sees it: expected device rates and node-to-node transfer times. */
class NetworkViewTest {

	private static final String SCENARIO = "scenario Net {\n"
			+ "  node edge1 edge { gpus 1 x L4 }\n"
			+ "  node cloud1 cloud { gpus 1 x H100 }\n"
			+ "  node far cloud { gpus 1 x H100 }\n"
			+ "  node island cloud { gpus 1 x H100 }\n"
			+ "  link edge1 -> cloud1 { bandwidth 10 Gbps latency 20 ms }\n"
			+ "  link cloud1 -> far { bandwidth 1 Gbps latency 5 ms }\n"
			+ "  cell gnb1 { band n78 bandwidth 100 MHz numerology 1 tdd \"DDDSU\" pathloss UMi backhaul edge1 latency 1 ms }\n"
			+ "  devices phones { count 10 in gnb1 distance 10 m .. 300 m }\n"
			+ "}\n";

	private final Scenario scenario = SimulationFixture.parse(SCENARIO);
	private final NetworkView view = NetworkView.of(scenario);

	@Test
	void transfersAddEveryHopsLatencyAndSerialisation() {
		// edge1 → cloud1 → far with 1.25 MB: 20 ms + 5 ms latency, 1.25e6 B / 1.25e9 B/s = 1 ms and
		// 1.25e6 B / 1.25e8 B/s = 10 ms of serialisation: 36 ms.
		assertEquals(0.036, view.transferS(node("edge1"), node("far"), 1.25e6), 1e-12);
		assertEquals(0.0, view.transferS(node("cloud1"), node("cloud1"), 1.25e6));
		assertEquals(Double.POSITIVE_INFINITY, view.transferS(node("edge1"), node("island"), 1));
		assertEquals(0.001, view.backhaulLatencyS(cell()), 1e-15);
	}

	@Test
	void aDeviceNextToTheMastGetsTheTopCqiThatIsThePeakRate() {
		// At 10 m in UMi the LOS probability is 1 (d ≤ 18 m) and the SINR is far above CQI 15's
		// threshold both ways, so the rates are the TS 38.306 peaks (n78, 100 MHz, μ = 1: 273 PRBs;
		// 2 layers down, 1 up; OH 0.14 / 0.08; 256QAM) times the TDD shares, with CQI 15's printed
		// efficiency 7.4063 in place of 8 × 948/1024 = 7.40625.
		double[] rates = view.expectedRatesBps(cell(), 10);
		TddPattern tdd = new TddPattern("DDDSU");
		double cqi15 = 7.4063 / (8 * PeakRate.R_MAX);
		assertEquals(PeakRate.bitsPerSecond(1, 8, 1, 273, 1, 0.08) * tdd.uplinkShare() * cqi15, rates[0], 1);
		assertEquals(PeakRate.bitsPerSecond(2, 8, 1, 273, 1, 0.14) * tdd.downlinkShare() * cqi15, rates[1], 1);
	}

	@Test
	void ratesFallWithDistance() {
		double[] near = view.expectedRatesBps(cell(), 50);
		double[] far = view.expectedRatesBps(cell(), 300);
		assertTrue(far[0] < near[0] && far[1] < near[1], "uplink " + near[0] + " → " + far[0]);
	}

	private Node node(String name) {
		return scenario.getNodes().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
	}

	private Cell cell() {
		return scenario.getCells().get(0);
	}
}
