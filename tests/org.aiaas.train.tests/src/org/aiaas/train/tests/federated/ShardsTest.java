package org.aiaas.train.tests.federated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.aiaas.train.data.Samples;
import org.aiaas.train.federated.Shards;
import org.junit.jupiter.api.Test;

/** IID and label-skewed shards: every sample dealt out exactly once, and the skew where it should be. */
class ShardsTest {

	/** 100 samples, feature = its index, label 0 for the first 50 and 1 for the rest. */
	private static Samples hundred() {
		double[][] x = new double[100][];
		double[] y = new double[100];
		for (int i = 0; i < 100; i++) {
			x[i] = new double[] { i };
			y[i] = i < 50 ? 0 : 1;
		}
		return new Samples(x, y, List.of("index"), 2);
	}

	@Test
	void iidShardsDealEverySampleOnceInNearlyEqualParts() {
		List<Samples> shards = Shards.iid(hundred(), 7, 3);
		// 100 = 7 · 14 + 2: two shards of 15, five of 14.
		assertEquals(List.of(15, 15, 14, 14, 14, 14, 14), shards.stream().map(Samples::size).toList());
		assertEquals(allIndices(), indices(shards));
	}

	@Test
	void labelSkewedShardsHoldTwoPureSlicesEach() {
		List<Samples> shards = Shards.labelSkewed(hundred(), 5, 3);
		// Sorted by label and cut into 2 · 5 = 10 slices of 10: slices 0..4 are all class 0, 5..9
		// all class 1. Each client gets two slices: 20 samples with 0, 10 or 20 of class 1.
		for (Samples shard : shards) {
			assertEquals(20, shard.size());
			long ones = Arrays.stream(shard.labels()).filter(l -> l == 1).count();
			assertTrue(ones == 0 || ones == 10 || ones == 20, "class-1 samples in a shard: " + ones);
		}
		assertEquals(allIndices(), indices(shards));
	}

	private static Set<Integer> indices(List<Samples> shards) {
		Set<Integer> seen = new TreeSet<>();
		int total = 0;
		for (Samples shard : shards) {
			for (double[] row : shard.features()) {
				seen.add((int) row[0]);
				total++;
			}
		}
		assertEquals(100, total, "a sample was dealt twice");
		return seen;
	}

	private static Set<Integer> allIndices() {
		Set<Integer> all = new TreeSet<>();
		for (int i = 0; i < 100; i++) {
			all.add(i);
		}
		return all;
	}
}
