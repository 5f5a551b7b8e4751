package org.aiaas.sim.compute;

import static org.aiaas.sim.compute.RooflineTest.assertMessageNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CollectivesTest {

	// 10 Gbit/s = 1.25e9 B/s; 10 µs per hop; 1 GB of gradients (0.5 B params in fp16).
	private static final double TEN_GBPS = 10e9 / 8;
	private static final double LATENCY = 10e-6;
	private static final double GRADIENTS = 1e9;

	@Test
	void aloneThereIsNothingToReduce() {
		assertEquals(0.0, Collectives.ringAllReduceSeconds(1, GRADIENTS, TEN_GBPS, LATENCY));
	}

	@Test
	void twoParticipantsEachSendHalfTwice() {
		// 2·1/2 · 1e9 / 1.25e9 = 0.8 s, plus 2 hops · 10 µs.
		assertEquals(0.8 + 2 * 10e-6, Collectives.ringAllReduceSeconds(2, GRADIENTS, TEN_GBPS, LATENCY), 1e-12);
	}

	@Test
	void eightParticipants() {
		// 2·7/8 = 1.75 of the data: 1.75 · 0.8 s = 1.4 s, plus 14 hops · 10 µs = 140 µs.
		assertEquals(1.4 + 14 * 10e-6, Collectives.ringAllReduceSeconds(8, GRADIENTS, TEN_GBPS, LATENCY), 1e-12);
	}

	@Test
	void bandwidthTermApproachesTwiceTheDataForLargeRings() {
		// n = 1000 without latency: 2·999/1000 · 0.8 s = 1.5984 s, just under 2 · 0.8 s.
		assertEquals(1.5984, Collectives.ringAllReduceSeconds(1000, GRADIENTS, TEN_GBPS, 0), 1e-12);
	}

	@Test
	void badArgumentsAreNamed() {
		assertMessageNames("participants", () -> Collectives.ringAllReduceSeconds(0, 1, 1, 0));
		assertMessageNames("linkBandwidth", () -> Collectives.ringAllReduceSeconds(2, 1, 0, 0));
		assertMessageNames("linkLatency", () -> Collectives.ringAllReduceSeconds(2, 1, 1, -1e-6));
		assertMessageNames("bytes", () -> Collectives.ringAllReduceSeconds(2, Double.NaN, 1, 0));
	}
}
