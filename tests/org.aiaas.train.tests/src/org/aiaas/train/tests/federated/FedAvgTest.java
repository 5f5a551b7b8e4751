package org.aiaas.train.tests.federated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.aiaas.train.federated.FedAvg;
import org.junit.jupiter.api.Test;

/** FedAvg's weighted mean, computed by hand on tiny parameter vectors. */
class FedAvgTest {

	@Test
	void weightsEachClientByItsShardSize() {
		// (1·[1, 2, 3] + 3·[4, 6, 0]) / 4 = [13, 20, 3] / 4 = [3.25, 5, 0.75]
		double[] mean = FedAvg.average(List.of(new double[] { 1, 2, 3 }, new double[] { 4, 6, 0 }), new int[] { 1, 3 });
		assertArrayEquals(new double[] { 3.25, 5, 0.75 }, mean, 1e-12);
	}

	@Test
	void equalShardsGiveThePlainMean() {
		// ([2, -2] + [4, 0] + [0, 8]) / 3 = [2, 2]
		double[] mean = FedAvg.average(List.of(new double[] { 2, -2 }, new double[] { 4, 0 }, new double[] { 0, 8 }),
				new int[] { 5, 5, 5 });
		assertArrayEquals(new double[] { 2, 2 }, mean, 1e-12);
	}

	@Test
	void aClientWithoutSamplesDoesNotCount() {
		double[] mean = FedAvg.average(List.of(new double[] { 7 }, new double[] { 100 }), new int[] { 4, 0 });
		assertArrayEquals(new double[] { 7 }, mean, 0);
	}

	@Test
	void refusesVectorsOfDifferentLengthsAndNoSamples() {
		assertThrows(IllegalArgumentException.class,
				() -> FedAvg.average(List.of(new double[] { 1, 2 }, new double[] { 1 }), new int[] { 1, 1 }));
		assertThrows(IllegalArgumentException.class,
				() -> FedAvg.average(List.of(new double[] { 1 }), new int[] { 0 }));
		assertThrows(IllegalArgumentException.class,
				() -> FedAvg.average(List.of(new double[] { 1 }), new int[] { 1, 2 }));
	}
}
