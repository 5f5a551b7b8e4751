package org.aiaas.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.aiaas.sim.api.Progress;
import org.junit.jupiter.api.Test;

/** Cancel stops a run, and replications that had not started do not start. */
class CancellationTest {

	@Test
	void replicationsQueuedWhenCancelledAreNotStarted() {
		// 10 000 replications of 4 h of an M/M/1 queue at 8 requests/s: hours of work if run.
		Plan plan = PlanCompiler.compile(SimulationFixture.parse("""
				scenario Long {
				  duration 4 h
				  node server cloud { slots 1 }
				  workload jobs at server { arrivals poisson 8 /s service exponential 100 ms }
				}
				"""), new RunOptions(OptionalInt.of(10_000), OptionalLong.empty(), 2));
		AtomicInteger checks = new AtomicInteger();
		AtomicInteger reports = new AtomicInteger();
		Progress cancelled = new Progress() {
			@Override
			public void begin(String task, double totalWork) {
			}

			@Override
			public void worked(double work) {
				reports.incrementAndGet();
			}

			@Override
			public boolean isCanceled() {
				checks.incrementAndGet();
				return true;
			}
		};

		assertThrows(CancellationException.class, () -> Simulator.run(plan, new RunOptions(OptionalInt.empty(),
				OptionalLong.empty(), 2), cancelled));
		// One check per replication, before it starts, and no progress reported: none of them ran.
		// (A started replication reports work, then checks, after every 65,536 events: it would
		// have run those events first — 10 000 × 65,536 of them.)
		assertEquals(10_000, checks.get());
		assertEquals(0, reports.get());
	}
}
