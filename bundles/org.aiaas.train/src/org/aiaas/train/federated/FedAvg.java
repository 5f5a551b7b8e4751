package org.aiaas.train.federated;

import java.util.List;

/**
 * Federated averaging (McMahan et al., "Communication-Efficient Learning of Deep Networks from
 * Decentralized Data", AISTATS 2017, Algorithm 1): the new global parameters are the clients'
 * parameters weighted by the number of samples each trained on, w = Σₖ nₖ wₖ / Σₖ nₖ.
 */
public final class FedAvg {

	private FedAvg() {
	}

	/**
	 * The weighted mean of {@code parameters} (one vector per client, all of the same length)
	 * with weights {@code samples} (each client's shard size, at least one positive).
	 */
	public static double[] average(List<double[]> parameters, int[] samples) {
		if (parameters.isEmpty() || parameters.size() != samples.length) {
			throw new IllegalArgumentException(parameters.size() + " parameter vectors but " + samples.length + " weights");
		}
		int length = parameters.get(0).length;
		long total = 0;
		for (int n : samples) {
			if (n < 0) {
				throw new IllegalArgumentException("a shard size cannot be negative, got " + n);
			}
			total += n;
		}
		if (total == 0) {
			throw new IllegalArgumentException("no client trained on any sample");
		}
		double[] mean = new double[length];
		for (int k = 0; k < samples.length; k++) {
			double[] w = parameters.get(k);
			if (w.length != length) {
				throw new IllegalArgumentException("client " + k + " sent " + w.length + " parameters, expected " + length);
			}
			double share = (double) samples[k] / total;
			for (int i = 0; i < length; i++) {
				mean[i] += share * w[i];
			}
		}
		return mean;
	}
}
