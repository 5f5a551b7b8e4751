package org.aiaas.sim.engine;

import static org.aiaas.sim.engine.SimulationFixture.metric;
import static org.aiaas.sim.engine.SimulationFixture.run;
import static org.aiaas.sim.engine.TheoryAssertions.assertMatchesTheory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aiaas.sim.api.LinkResult;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;

/** Transport links: serialisation, latency, loss and per-link load, against hand computation. */
class LinkTrafficTest {

	/**
	 * Phones in a cell at the edge node; every request goes to the cloud over one link of
	 * 100 Mbit/s and 5 ms, with 40 KB up and 40 KB back (service 1 ms, far from saturation).
	 */
	private static String scenario(String loss) {
		return "scenario L { seed 3 duration 2200 s warmup 200 s replications 4\n"
				+ "  node edge1 edge { slots 1 }\n"
				+ "  node cloud1 cloud { slots 64 }\n"
				+ "  link edge1 -> cloud1 { bandwidth 100 Mbps latency 5 ms " + loss + " }\n"
				+ "  cell gnb1 { band n78 bandwidth 100 MHz pathloss UMi backhaul edge1 latency 0 ms }\n"
				+ "  devices phones { count 50 in gnb1 distance 20 m .. 60 m }\n"
				+ "  model net { params 1 M flops 1 GFLOP input 40 KB output 40 KB }\n"
				+ "  workload w from phones { model net arrivals poisson 50 /s service constant 1 ms }\n"
				+ "  placement cloud-only\n}\n";
	}

	@Test
	void serialisationLatencyAndLoad() {
		VariantResult v = run(scenario("")).variants().get(0);
		assertEquals(1, v.links().size());
		LinkResult link = v.links().get(0);
		assertEquals("edge1 -> cloud1", link.name());
		assertEquals(100, link.bandwidthMbps(), 1e-9);
		// Serialisation of 40 KB over 100 Mbit/s: 40,000 · 8 / 10^8 = 3.2 ms, plus 5 ms latency:
		// every transfer (request up, result back) takes exactly 8.2 ms.
		assertEquals(0.0082, link.meanTransferS().mean(), 1e-12);
		// Offered: 50 requests/s, each crossing twice with 40 KB: 4 MB/s = 32 Mbit/s of 100 → 0.32.
		assertMatchesTheory("link utilisation", 0.32, link.utilization());
		assertMatchesTheory("carried bytes/s", 4e6, link.carriedBytesPerS());
		assertEquals(0, link.lost());
		assertEquals(0, v.lostByCause().get("network"));
		assertTrue(link.transfers() > 4 * 2000 * 50 * 2 * 0.98, "about 2 transfers per request: " + link.transfers());
		assertTrue(v.warnings().stream().noneMatch(w -> w.startsWith("link ")), "no overload warning: " + v.warnings());
	}

	@Test
	void anOverloadedLinkIsReportedBecauseLinksDoNotQueue() {
		// The same 32 Mbit/s over 10 Mbit/s: utilisation 3.2. Transfers still take latency +
		// serialisation (32 ms + 5 ms) each, so the run must say that this is too optimistic.
		VariantResult v = run(scenario("").replace("bandwidth 100 Mbps", "bandwidth 10 Mbps")).variants().get(0);
		assertMatchesTheory("overloaded link utilisation", 3.2, v.links().get(0).utilization());
		assertTrue(v.warnings().stream().anyMatch(w -> w.startsWith("link edge1 -> cloud1 is offered 32")
				&& w.contains("links do not queue in this model")), "warnings: " + v.warnings());
	}

	@Test
	void lossOnTheLinkLosesRequestsAndResults() {
		SimulationResult result = run(scenario("loss 10 %"));
		VariantResult v = result.variants().get(0);
		LinkResult link = v.links().get(0);
		assertMatchesTheory("link loss rate", 0.1, link.lossRate());
		// A request is lost if its upload is lost (0.1) or, having arrived, its result is (0.9 · 0.1):
		// 1 − 0.9² = 0.19 of the requests, all with cause network.
		assertMatchesTheory("request loss rate", 0.19, metric(v, "lossRate"));
		assertTrue(v.lostByCause().get("network") == v.lost(), "every loss is a network loss: " + v.lostByCause());
		// Offered load: 50/s up, 45/s back (the lost uploads have no result) → 95 · 320 kbit/s = 30.4 Mbit/s.
		assertMatchesTheory("link utilisation with loss", 0.304, link.utilization());
		MetricValue carried = link.carriedBytesPerS();
		// Carried: 0.9 of what is offered: 95 · 40 KB · 0.9 = 3.42 MB/s.
		assertMatchesTheory("carried bytes/s with loss", 3.42e6, carried);
	}
}
