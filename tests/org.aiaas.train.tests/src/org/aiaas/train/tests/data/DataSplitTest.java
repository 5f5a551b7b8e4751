package org.aiaas.train.tests.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;

import org.aiaas.train.data.DataSplit;
import org.aiaas.train.data.Samples;
import org.junit.jupiter.api.Test;

/** Splitting by shares, and the normalisation fitted on the training split only. */
class DataSplitTest {

	/** x = 0 … 99 with the raw x also as the (regression) label, which is never normalised. */
	private static Samples ramp() {
		double[][] x = new double[100][];
		double[] y = new double[100];
		for (int i = 0; i < 100; i++) {
			x[i] = new double[] { i };
			y[i] = i;
		}
		return new Samples(x, y, List.of("x"), 0);
	}

	@Test
	void sharesGiveTheCounts() {
		DataSplit split = DataSplit.of(ramp(), 0.7, 0.15, 1);
		assertEquals(70, split.train().size());
		assertEquals(15, split.validation().size());
		assertEquals(15, split.test().size());
	}

	@Test
	void normalisationUsesTheTrainingRowsOnly() {
		DataSplit split = DataSplit.of(ramp(), 0.7, 0.15, 1);
		double[] rawTrain = split.train().labels();
		double mean = Arrays.stream(rawTrain).average().orElseThrow();
		double variance = Arrays.stream(rawTrain).map(v -> (v - mean) * (v - mean)).sum() / rawTrain.length;
		assertEquals(mean, split.normalizer().mean()[0], 1e-12);
		assertEquals(Math.sqrt(variance), split.normalizer().scale()[0], 1e-12);
		// Fitted on all 100 rows the mean would be 49.5; the shuffled 70 have another mean.
		assertNotEquals(49.5, split.normalizer().mean()[0], 1e-9);
		// The training features are then exactly standardised; the test features are not.
		double[] normalisedTrain = Arrays.stream(split.train().features()).mapToDouble(r -> r[0]).toArray();
		assertEquals(0, Arrays.stream(normalisedTrain).average().orElseThrow(), 1e-12);
		double[] normalisedTest = Arrays.stream(split.test().features()).mapToDouble(r -> r[0]).toArray();
		for (int i = 0; i < normalisedTest.length; i++) {
			assertEquals((split.test().labels()[i] - mean) / Math.sqrt(variance), normalisedTest[i], 1e-12);
		}
	}

	@Test
	void theSameSeedGivesTheSameSplit() {
		assertEquals(Arrays.toString(DataSplit.of(ramp(), 0.7, 0.15, 9).test().labels()),
				Arrays.toString(DataSplit.of(ramp(), 0.7, 0.15, 9).test().labels()));
	}
}
