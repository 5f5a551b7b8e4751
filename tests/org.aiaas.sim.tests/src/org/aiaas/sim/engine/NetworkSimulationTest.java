package org.aiaas.sim.engine;

import static org.aiaas.sim.engine.SimulationFixture.metric;
import static org.aiaas.sim.engine.SimulationFixture.run;
import static org.aiaas.sim.engine.SimulationFixture.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aiaas.sim.api.CellResult;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;

/**
 * Requests that cross the 5G network: radio, backhaul, placement, links, compute from the model
 * and the hardware — checked against what a planner computes by hand.
 */
class NetworkSimulationTest {

	/**
	 * Edge: one accelerator of 100 TFLOPS fp16, 250 GB/s; cloud: eight of 1000 TFLOPS, 3 TB/s, 20 ms
	 * away over 10 Gbps. A model of 1 TFLOP per request with 25.6 M fp16 parameters (51.2 MB).
	 * Roofline with the default efficiencies (compute 0.5, memory 0.8):
	 * edge s_e = max(1e12 / 5e13, 51.35e6 / 2e11) = 20 ms; cloud s_c = max(1e12 / 5e14, …) = 2 ms.
	 */
	private static String edgeVersusCloud(double rate) {
		return "scenario EdgeVsCloud { seed 31 duration 4000 s warmup 200 s replications 4\n"
				+ "  gpu Small { fp16 100 TFLOPS memory 24 GB bandwidth 250 GB/s power 70 W }\n"
				+ "  gpu Big { fp16 1000 TFLOPS memory 80 GB bandwidth 3 TB/s power 700 W }\n"
				+ "  node edge1 edge { gpus 1 x Small }\n"
				+ "  node cloud1 cloud { gpus 8 x Big }\n"
				+ "  link edge1 -> cloud1 { bandwidth 10 Gbps latency 20 ms }\n"
				+ "  cell gnb1 { band n78 bandwidth 100 MHz numerology 1 pathloss UMi backhaul edge1 latency 0 ms }\n"
				+ "  devices phones { count 100 in gnb1 distance 20 m .. 80 m }\n"
				+ "  model net { params 25.6 M flops 1 TFLOP input 150 KB output 1 KB }\n"
				+ "  workload vision from phones { model net arrivals poisson " + rate + " /s }\n"
				+ "  compare placement edge-only, cloud-only\n}\n";
	}

	/** The load at which the edge stops winning, from the model's parameters (see the test). */
	static double crossoverRate() {
		double se = Math.max(1e12 / (100e12 * 0.5), (51.2e6 + 151e3) / (250e9 * 0.8));
		double sc = Math.max(1e12 / (1000e12 * 0.5), (51.2e6 + 151e3) / (3e12 * 0.8));
		double cloudNetwork = 2 * 0.020 + (150e3 + 1e3) / 1.25e9;
		// Edge (M/D/1): s_e + λ s_e² / (2(1 − λ s_e)) = s_c + cloud network → solve for λ:
		// λ (s_e²/2 + s_e·d) = d with d = s_c + cloud network − s_e.
		double d = sc + cloudNetwork - se;
		return d / (se * se / 2 + se * d);
	}

	@Test
	void theEdgeWinsAtLowLoadAndTheCloudOnceTheEdgeSaturates() {
		double crossover = crossoverRate(); // ≈ 34.4 /s, below the edge's capacity 1/s_e = 50 /s
		assertTrue(crossover > 30 && crossover < 40, "crossover " + crossover);
		double lowRate = Math.round(crossover * 0.5);
		SimulationResult low = run(edgeVersusCloud(lowRate));
		double edgeLow = metric(variant(low, "edge-only"), "meanResponseS").mean();
		double cloudLow = metric(variant(low, "cloud-only"), "meanResponseS").mean();
		assertTrue(edgeLow < cloudLow, "at half the crossover load the edge must win: " + edgeLow + " vs " + cloudLow);
		SimulationResult high = run(edgeVersusCloud(Math.round(crossover * 1.3)));
		double edgeHigh = metric(variant(high, "edge-only"), "meanResponseS").mean();
		double cloudHigh = metric(variant(high, "cloud-only"), "meanResponseS").mean();
		assertTrue(cloudHigh < edgeHigh, "at 1.3 × the crossover load the cloud must win: " + cloudHigh + " vs " + edgeHigh);
		// The radio part is the same for both (common random numbers, placement comes after the
		// uplink), so the difference is (s_c + WAN round trip) − (s_e + M/D/1 wait at the edge):
		// at λ = 17/s: (2 ms + 40.12 ms) − (20 ms + 17·0.02²/(2(1 − 0.34))) = 16.97 ms.
		double se = 0.020;
		double expected = (0.002 + 2 * 0.020 + 151e3 / 1.25e9) - (se + lowRate * se * se / (2 * (1 - lowRate * se)));
		assertEquals(expected, cloudLow - edgeLow, 0.002);
	}

	@Test
	void latencyAwarePlacementFollowsTheFasterSide() {
		// At 1.3 × the crossover the fastest-completion policy sends part of the load to the cloud
		// and beats both fixed policies.
		String scenario = edgeVersusCloud(Math.round(crossoverRate() * 1.3))
				.replace("compare placement edge-only, cloud-only", "compare placement edge-only, cloud-only, latency-aware");
		SimulationResult result = run(scenario);
		double aware = metric(variant(result, "latency-aware"), "meanResponseS").mean();
		double edge = metric(variant(result, "edge-only"), "meanResponseS").mean();
		double cloud = metric(variant(result, "cloud-only"), "meanResponseS").mean();
		assertTrue(aware < edge && aware < cloud, "latency-aware " + aware + " vs edge " + edge + ", cloud " + cloud);
	}

	/**
	 * The downlink is a processor-sharing queue on each transfer's exclusive time S = bits / the
	 * device's rate; its mean transfer time is S / (1 − ρ) with ρ = λ S, whatever the arrival
	 * times' spread (M/G/1-PS). Results reach the downlink as a Poisson stream here: Poisson
	 * arrivals, a 1-byte uplink, 1,000 slots with a constant 1 ms service (M/D/∞ passes a Poisson
	 * stream on) and i.i.d. access/HARQ delays (a Poisson stream shifted by i.i.d. delays stays
	 * Poisson). One device 50 m away: 1 MB at its rate R (the cell's reported rate of a device
	 * alone) takes S = 8·10⁶ / R; at 70 /s and R ≈ 868 Mbit/s, S ≈ 9.2 ms, ρ ≈ 0.65, mean ≈ 26 ms.
	 * Transfers are booked to join the downlink when the result reaches the cell site, so this
	 * checks that a booked transfer shares the cell exactly from its start time.
	 */
	@Test
	void theDownlinkIsProcessorSharing() {
		double rate = 70;
		SimulationResult result = run("scenario Downlink { seed 5 duration 3000 s warmup 100 s replications 4\n"
				+ "  node edge1 edge { slots 1000 }\n"
				+ "  cell gnb1 { band n78 bandwidth 100 MHz numerology 1 pathloss UMi backhaul edge1 latency 0 ms }\n"
				+ "  devices phone { count 1 in gnb1 distance 50 m .. 50 m }\n"
				+ "  model net { params 1 M flops 1 MFLOP input 1 B output 1 MB }\n"
				+ "  workload pull from phone { model net arrivals poisson " + rate + " /s service constant 1 ms }\n}\n");
		CellResult cell = variant(result, "fcfs").cells().get(0);
		double exclusive = 8e6 / (cell.meanDlRateMbps().mean() * 1e6);
		double load = rate * exclusive;
		assertTrue(load > 0.5 && load < 0.8, "load " + load);
		TheoryAssertions.assertMatchesTheory("downlink utilisation λS", load, cell.downlinkUtilization());
		TheoryAssertions.assertMatchesTheory("mean downlink time S/(1 − ρ)", exclusive / (1 - load), cell.meanDownlinkS());
	}

	@Test
	void devicesOutOfCoverageAreLostWithCauseRadio() {
		// 20 km from a UMa macro cell at 3.5 GHz: path loss ≈ 160+ dB, far below the lowest CQI.
		SimulationResult result = run(edgeVersusCloud(5).replace("distance 20 m .. 80 m", "distance 20 km .. 30 km")
				.replace("pathloss UMi", "pathloss UMa"));
		VariantResult edge = variant(result, "edge-only");
		assertEquals(edge.offered(), edge.lostByCause().get("radio"));
		CellResult cell = edge.cells().get(0);
		assertEquals(1.0, cell.outageShare().mean(), 1e-12);
	}

	@Test
	void aCellReportsItsPeakRateFromTs38306() {
		// n78 is TDD (pattern DDDSU): 100 MHz, μ = 1 → 273 PRB; DL 2 layers, 256QAM (Q_m = 8),
		// f = 1, R_max = 948/1024, OH 0.14: 1e-6·2·8·(948/1024)·273·12/(1e-3/28)·0.86 Mbit/s,
		// times the downlink share of DDDSU.
		SimulationResult result = run(edgeVersusCloud(5));
		CellResult cell = variant(result, "edge-only").cells().get(0);
		double fullTime = 2 * 8 * (948.0 / 1024) * 273 * 12 / (1e-3 / 28) * 0.86 / 1e6;
		assertEquals(fullTime * new org.aiaas.sim.radio.TddPattern("DDDSU").downlinkShare(), cell.peakDlMbps(), 1e-6);
		assertTrue(cell.meanUlRateMbps().mean() > 0 && cell.meanUlRateMbps().mean() <= cell.peakUlMbps(),
				"devices close to the cell get a positive uplink rate below the peak");
	}

	@Test
	void energyAndCostFollowUtilisationAndPrice() {
		// One node of 2 accelerators (idle 20 W, max 100 W each) busy ρ = 0.5 of the time:
		// P = 2·(20 + 80·0.5) = 120 W over the 1000 s measured → 120 kJ; price 3.6 $/h → 1 $.
		SimulationResult result = run("scenario E { seed 2 duration 1100 s warmup 100 s replications 3\n"
				+ "  gpu G { fp16 10 TFLOPS memory 16 GB bandwidth 100 GB/s idle 20 W power 100 W }\n"
				+ "  node n cloud { gpus 2 x G price 3.6 $/h }\n"
				+ "  workload w at n { arrivals poisson 10 /s service exponential 100 ms }\n}\n");
		VariantResult fcfs = variant(result, "fcfs");
		double utilization = fcfs.nodes().get(0).utilization().mean();
		assertEquals(2 * (20 + 80 * utilization) * 1000, metric(fcfs, "energyJ").mean(), 1e-6 * 120_000);
		assertEquals(1.0, metric(fcfs, "costUsd").mean(), 1e-9);
		assertEquals(0.5, utilization, 0.02);
	}

	@Test
	void devicesOverTheConnectionLimitAreRefused() {
		// maxdevices 60 of 100 phones: 40 are refused, so 40 % of the requests (devices chosen
		// uniformly) are lost with cause radio; the rest are served.
		SimulationResult result = run(edgeVersusCloud(5).replace("backhaul edge1 latency 0 ms", "backhaul edge1 latency 0 ms maxdevices 60"));
		VariantResult edge = variant(result, "edge-only");
		assertEquals(40, edge.cells().get(0).refusedDevices());
		assertEquals(0.4, (double) edge.lostByCause().get("radio") / edge.offered(), 0.02);
	}

	@Test
	void theDefaultConnectionLimitIsTheImt2020Density() {
		// 10^6 devices/km² over a disc of 80 m (the group's largest distance) = π · 0.08² km² · 10^6 = 20,106.
		assertEquals((long) Math.floor(Math.PI * 80 * 80), (long) Math.floor(1e6 * Math.PI * 0.08 * 0.08));
		SimulationResult result = run(edgeVersusCloud(5).replace("count 100", "count 20200"));
		assertEquals(20_200 - (long) Math.floor(Math.PI * 80 * 80), variant(result, "edge-only").cells().get(0).refusedDevices());
	}
}
