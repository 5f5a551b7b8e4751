package org.aiaas.train.federated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.aiaas.train.data.DataSplit;
import org.aiaas.train.data.Samples;

/**
 * Cuts a training set into one shard per client, the two ways federated-learning papers do
 * (McMahan et al., AISTATS 2017, §3): IID — shuffled and dealt out, so every shard looks like the
 * whole; label-skewed (non-IID) — sorted by label, cut into 2·k pieces, and each client given two
 * random pieces, so most clients see only one or two classes.
 */
public final class Shards {

	private Shards() {
	}

	/** {@code k} shards of a shuffled {@code train}; sizes differ by at most one. */
	public static List<Samples> iid(Samples train, int k, long seed) {
		int[] order = DataSplit.permutation(train.size(), new Random(seed));
		List<List<Integer>> rows = new ArrayList<>();
		for (int c = 0; c < checkedCount(train, k); c++) {
			rows.add(new ArrayList<>());
		}
		for (int i = 0; i < order.length; i++) {
			rows.get(i % k).add(order[i]);
		}
		return rows.stream().map(r -> train.select(r.stream().mapToInt(Integer::intValue).toArray())).toList();
	}

	/**
	 * {@code k} label-skewed shards: the rows sorted by label (ties in shuffled order), cut into
	 * 2·k contiguous pieces of near-equal size, two random pieces per client.
	 */
	public static List<Samples> labelSkewed(Samples train, int k, long seed) {
		Random random = new Random(seed);
		int[] shuffledRows = DataSplit.permutation(train.size(), random);
		double[] labels = train.labels();
		int[] sorted = Arrays.stream(shuffledRows).boxed().sorted(Comparator.comparingDouble(i -> labels[i]))
				.mapToInt(Integer::intValue).toArray();
		int pieces = 2 * checkedCount(train, k);
		int[] pieceOrder = DataSplit.permutation(pieces, random);
		List<Samples> shards = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			int[] rows = IntStream.concat(piece(sorted, pieceOrder[2 * c], pieces),
					piece(sorted, pieceOrder[2 * c + 1], pieces)).toArray();
			shards.add(train.select(rows));
		}
		return shards;
	}

	private static IntStream piece(int[] sorted, int piece, int pieces) {
		int from = (int) ((long) sorted.length * piece / pieces);
		int to = (int) ((long) sorted.length * (piece + 1) / pieces);
		return Arrays.stream(sorted, from, to);
	}

	private static int checkedCount(Samples train, int k) {
		if (k < 1 || k > train.size()) {
			throw new IllegalArgumentException(k + " clients cannot share " + train.size() + " training samples");
		}
		return k;
	}
}
