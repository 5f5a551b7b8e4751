package org.aiaas.sim.engine;

import static org.aiaas.sim.engine.SimulationFixture.metric;
import static org.aiaas.sim.engine.SimulationFixture.run;
import static org.aiaas.sim.engine.SimulationFixture.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small schedules worked out by hand, with deterministic arrivals (traces) and sizes (constant):
 * the kind of test that catches a round robin that subtracts the wrong amount of work or loses
 * track of the requests it is cycling through.
 */
class HandComputedScheduleTest {

	@TempDir
	Path folder;

	private String trace(String name, String times) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, times);
		return file.toString();
	}

	/** A (3 s), B (1 s) and C (2 s) arrive at t = 0 in that order, at one slot under {@code scheduler}. */
	private String threeAtTimeZero(String scheduler) throws IOException {
		String at0 = trace("t0.txt", "0\n");
		return "scenario RR { duration 100 s warmup 0 s replications 1\n"
				+ "  node server cloud { slots 1 }\n"
				+ "  workload a at server { arrivals trace \"" + at0 + "\" service constant 3 s }\n"
				+ "  workload b at server { arrivals trace \"" + at0 + "\" service constant 1 s }\n"
				+ "  workload c at server { arrivals trace \"" + at0 + "\" service constant 2 s }\n"
				+ "  scheduler " + scheduler + "\n}\n";
	}

	@Test
	void roundRobinWithUnitSlices() throws IOException {
		// A (3 s), B (1 s), C (2 s) all arrive at t = 0, in that order; slice 1 s, one slot.
		// t=0–1 A (2 left) · 1–2 B done at 2 · 2–3 C (1 left) · 3–4 A (1 left) · 4–5 C done at 5
		// · 5–6 A done at 6. Responses 6, 2, 5 → mean 13/3 s; first starts 0, 1, 2 → mean wait 1 s.
		SimulationResult result = run(threeAtTimeZero("rr { slice 1 s }"));
		VariantResult rr = variant(result, "rr slice 1 s");
		assertEquals(3, rr.completed());
		assertEquals(13.0 / 3, metric(rr, "meanResponseS").mean(), 1e-9);
		assertEquals(1.0, metric(rr, "meanWaitS").mean(), 1e-9);
	}

	@Test
	void roundRobinWithASwitchCost() throws IOException {
		// As above with a 0.5 s context switch before every slice: six slices, each 0.5 s longer.
		// B done at 1.5 + 1.5 = 3.0; C's slices end at 4.5 and 7.5; A's at 1.5, 6.0, 9.0.
		// Responses A 9, B 3, C 7.5 → mean 6.5 s.
		SimulationResult result = run(threeAtTimeZero("rr { slice 1 s switch 500 ms }"));
		assertEquals(6.5, metric(variant(result, "rr slice 1 s switch 500 ms"), "meanResponseS").mean(), 1e-9);
	}

	@Test
	void srptPreemptsALongerRequest() throws IOException {
		// A (5 s) arrives at 0, B (1 s) at 1. SRPT: at t=1 A has 4 s left > 1 s, so B preempts:
		// B done at 2 (response 1), A resumes and is done at 6 (response 6): mean 3.5 s.
		// FCFS: A done at 5, B waits 4 s and is done at 6 (response 5): mean 5 s, mean wait 2 s.
		String scenario = "scenario P { duration 100 s warmup 0 s replications 1\n"
				+ "  node server cloud { slots 1 }\n"
				+ "  workload a at server { arrivals trace \"" + trace("a.txt", "0\n") + "\" service constant 5 s }\n"
				+ "  workload b at server { arrivals trace \"" + trace("b.txt", "1\n") + "\" service constant 1 s }\n"
				+ "  compare scheduler srpt, fcfs\n}\n";
		SimulationResult result = run(scenario);
		assertEquals(3.5, metric(variant(result, "srpt"), "meanResponseS").mean(), 1e-9);
		assertEquals(5.0, metric(variant(result, "fcfs"), "meanResponseS").mean(), 1e-9);
		assertEquals(2.0, metric(variant(result, "fcfs"), "meanWaitS").mean(), 1e-9);
	}

	@Test
	void aRequestThatCanNoLongerMeetItsDeadlineIsDroppedBeforeStart() throws IOException {
		// A (5 s) at 0; B (1 s, deadline 3 s) at 1. FCFS would start B at 5 > 1 + 3 − 1, so B is
		// dropped with cause 'deadline' when the slot frees; A completes. Loss rate 1/2.
		String scenario = "scenario D { duration 100 s warmup 0 s replications 1\n"
				+ "  node server cloud { slots 1 }\n"
				+ "  workload a at server { arrivals trace \"" + trace("a.txt", "0\n") + "\" service constant 5 s }\n"
				+ "  workload b at server { arrivals trace \"" + trace("b.txt", "1\n")
				+ "\" service constant 1 s deadline 3 s }\n}\n";
		VariantResult fcfs = variant(run(scenario), "fcfs");
		assertEquals(1, fcfs.completed());
		assertEquals(1L, fcfs.lostByCause().get("deadline"));
		assertEquals(0.5, metric(fcfs, "lossRate").mean(), 1e-12);
		// Of the requests with a deadline (B only), none met it.
		assertEquals(0.0, metric(fcfs, "slaAttainment").mean(), 1e-12);
	}

	@Test
	void twoSlotsServeInParallel() throws IOException {
		// Three 2 s requests at t = 0 on two slots: two finish at 2, the third starts at 2 and
		// finishes at 4. Mean response (2 + 2 + 4)/3; utilisation over 0..4 s of 100 s: (2·2 + 1·2)/(2·100).
		String at0 = trace("t0.txt", "0\n0\n0\n");
		VariantResult fcfs = variant(run("scenario C { duration 100 s warmup 0 s replications 1\n"
				+ "  node server cloud { slots 2 }\n"
				+ "  workload a at server { arrivals trace \"" + at0 + "\" service constant 2 s }\n}\n"), "fcfs");
		assertEquals(8.0 / 3, metric(fcfs, "meanResponseS").mean(), 1e-9);
		assertEquals(6.0 / 200, fcfs.nodes().get(0).utilization().mean(), 1e-12);
	}
}
