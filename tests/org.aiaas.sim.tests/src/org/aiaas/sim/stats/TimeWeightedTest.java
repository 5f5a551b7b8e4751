package org.aiaas.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeWeightedTest {

	@Test
	void averagesByDurationNotByEvent() {
		// 2 for 3 s then 5 for 1 s: (2·3 + 5·1) / 4 = 11/4 = 2.75 (the event average would be 3.5).
		TimeWeighted busy = new TimeWeighted(0.0, 2.0);
		busy.set(3.0, 5.0);
		assertEquals(2.75, busy.mean(4.0), 1e-15);
		assertEquals(5.0, busy.current());
	}

	@Test
	void startTimeNeedNotBeZero() {
		// From t = 10: 1 for 2 s, 4 for 2 s → (2 + 8) / 4 = 2.5.
		TimeWeighted queue = new TimeWeighted(10.0, 1.0);
		queue.set(12.0, 4.0);
		assertEquals(2.5, queue.mean(14.0), 1e-15);
	}

	@Test
	void restartForgetsThePastButKeepsTheCurrentValue() {
		// Warm-up: 10 for 5 s, then 1. Restart at 6: the 10 is gone, the 1 is still there.
		TimeWeighted queue = new TimeWeighted(0.0, 10.0);
		queue.set(5.0, 1.0);
		queue.restart(6.0);
		assertEquals(1.0, queue.mean(8.0), 1e-15);
		// Then 3 from t = 7: (1·1 + 3·2) / 3 = 7/3 over [6, 9].
		queue.set(7.0, 3.0);
		assertEquals(7.0 / 3.0, queue.mean(9.0), 1e-15);
	}

	@Test
	void noElapsedTimeGivesTheCurrentValue() {
		TimeWeighted queue = new TimeWeighted(5.0, 3.0);
		assertEquals(3.0, queue.mean(5.0));
		queue.restart(5.0);
		queue.set(5.0, 8.0);
		assertEquals(8.0, queue.mean(5.0));
	}

	@Test
	void changesAtTheSameInstantKeepOnlyTheLast() {
		TimeWeighted busy = new TimeWeighted(0.0, 0.0);
		busy.set(1.0, 9.0);
		busy.set(1.0, 2.0);
		assertEquals(1.0, busy.mean(2.0), 1e-15); // 0 for 1 s, 2 for 1 s
	}

	@Test
	void timeCannotGoBackwards() {
		TimeWeighted busy = new TimeWeighted(0.0, 1.0);
		busy.set(2.0, 3.0);
		assertThrows(IllegalArgumentException.class, () -> busy.set(1.0, 0.0));
		assertThrows(IllegalArgumentException.class, () -> busy.restart(1.5));
		assertThrows(IllegalArgumentException.class, () -> busy.mean(1.9));
		assertThrows(IllegalArgumentException.class, () -> busy.set(Double.NaN, 0.0));
		assertThrows(IllegalArgumentException.class, () -> busy.set(3.0, Double.POSITIVE_INFINITY));
	}
}
