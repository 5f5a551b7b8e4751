package org.aiaas.train.tests.federated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.aiaas.train.federated.FederatedSetup;
import org.aiaas.train.federated.RoundTimer;
import org.aiaas.train.federated.RoundTimer.Participant;
import org.aiaas.train.federated.RoundTimer.RoundTiming;
import org.junit.jupiter.api.Test;

/** Round times computed by hand from model bytes, rates, compute times and paths. */
class RoundTimerTest {

	/** 125,000 bytes = 10⁶ bits: 10 ms at 100 Mbit/s, 100 ms at 10 Mbit/s. */
	private static final double MODEL_BYTES = 125_000;

	@Test
	void oneParticipantAddsPathDownloadComputeUploadPathAndAggregation() {
		// 2 ms path + 10⁶/100e6 = 10 ms download + 5 ms compute + 10⁶/10e6 = 100 ms upload + 2 ms path
		// = 119 ms, + 1 ms aggregation = 120 ms.
		RoundTiming t = RoundTimer.time(List.of(new Participant("a", "c1", 100e6, 10e6, 0.005, 0.002)), MODEL_BYTES,
				0.001);
		assertEquals(0.120, t.seconds(), 1e-12);
		assertEquals(0.012, t.downloadS(), 1e-12);
		assertEquals(0.005, t.computeS(), 1e-12);
		assertEquals(0.102, t.uploadS(), 1e-12);
	}

	@Test
	void participantsOfOneCellShareItsRadioAndOtherCellsDoNot() {
		// Cell c1, both models reach the cell at 2 ms. Downlink works: a 10 ms, b 20 ms, shared
		// half and half: a ends at 2 + 2·10 = 22 ms; b has 10 ms left, alone: ends at 32 ms.
		// Uplink: a starts at 22 + 5 = 27 ms (work 100 ms), b at 32 + 1 = 33 ms (work 50 ms).
		// 27..33 a alone: 94 ms left. Then shared: b ends at 33 + 2·50 = 133 ms, a has 44 ms left
		// and ends at 177 ms; + 2 ms path = 179 ms; + 1 ms aggregation = 180 ms.
		// Cell c2 is not shared: c gets to its cell at 30 ms, downloads 10 ms, uploads 20 ms,
		// arrives at 30 + 10 + 0 + 20 + 30 = 90 ms: not the slowest.
		RoundTiming t = RoundTimer.time(List.of(new Participant("a", "c1", 100e6, 10e6, 0.005, 0.002),
				new Participant("b", "c1", 50e6, 20e6, 0.001, 0.002),
				new Participant("c", "c2", 100e6, 50e6, 0, 0.030)), MODEL_BYTES, 0.001);
		assertEquals(0.180, t.seconds(), 1e-12);
		assertEquals("a", t.slowest());
		assertEquals(0.022, t.downloadS(), 1e-12);
		assertEquals(0.005, t.computeS(), 1e-12);
		assertEquals(0.179 - 0.022 - 0.005, t.uploadS(), 1e-12);
	}

	@Test
	void aFarAggregatorStretchesTheRoundByTwiceItsPath() {
		// Same as the single participant, with a 22 ms path (1 ms backhaul + 20 ms WAN + 1 ms of
		// serialisation) instead of 2 ms: 120 + 2 × 20 = 160 ms.
		RoundTiming edge = RoundTimer.time(List.of(new Participant("a", "c1", 100e6, 10e6, 0.005, 0.002)),
				MODEL_BYTES, 0.001);
		RoundTiming cloud = RoundTimer.time(List.of(new Participant("a", "c1", 100e6, 10e6, 0.005, 0.022)),
				MODEL_BYTES, 0.001);
		assertEquals(0.040, cloud.seconds() - edge.seconds(), 1e-12);
	}

	@Test
	void localComputeIsSixFlopsPerParameterAndSampleAtHalfThePeak() {
		// 4417 parameters (2-64-64-1: 2·64+64 + 64·64+64 + 64+1), one epoch of 70 samples:
		// 6 · 4417 · 70 = 1,855,140 FLOP at 0.5 × 1 TFLOPS = 3.71028 µs.
		assertEquals(3.71028e-6, FederatedSetup.localComputeSeconds(4417 * 70, 1e12), 1e-15);
	}
}
