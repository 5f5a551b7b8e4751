package org.aiaas.train.data;

import java.util.Random;

/**
 * Train, validation and test sets, shuffled with a seed and then cut by the given shares; the
 * normalisation is fitted on the training part and applied to all three.
 */
public record DataSplit(Samples train, Samples validation, Samples test, Normalizer normalizer) {

	/**
	 * Shuffles {@code all} with {@code seed}, cuts it into round(n × trainShare) training and
	 * round(n × validationShare) validation samples and the rest for test, and normalises.
	 */
	public static DataSplit of(Samples all, double trainShare, double validationShare, long seed) {
		int n = all.size();
		int[] order = permutation(n, new Random(seed));
		int trainCount = (int) Math.round(n * trainShare);
		int validationCount = Math.min(n - trainCount, (int) Math.round(n * validationShare));
		if (trainCount < 1) {
			throw new IllegalArgumentException("the training split of " + n + " samples is empty");
		}
		Samples train = all.select(java.util.Arrays.copyOfRange(order, 0, trainCount));
		Samples validation = all.select(java.util.Arrays.copyOfRange(order, trainCount, trainCount + validationCount));
		Samples test = all.select(java.util.Arrays.copyOfRange(order, trainCount + validationCount, n));
		Normalizer normalizer = Normalizer.fit(train.features());
		return new DataSplit(train.withFeatures(normalizer.apply(train.features())),
				validation.withFeatures(normalizer.apply(validation.features())),
				test.withFeatures(normalizer.apply(test.features())), normalizer);
	}

	/**
	 * A Fisher–Yates shuffle of 0 … n − 1: the one shuffle of the training bundle (splits, mini-batch
	 * order, federated shards), so equal seeds give equal orders everywhere.
	 */
	public static int[] permutation(int n, Random random) {
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		return order;
	}
}
