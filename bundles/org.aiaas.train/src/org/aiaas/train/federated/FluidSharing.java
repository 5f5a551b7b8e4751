package org.aiaas.train.federated;

import java.util.Arrays;

/**
 * When transfers that share one radio direction of a cell finish: each of the n active transfers
 * gets 1/n of the cell's time at its own device's rate (round-robin over resource blocks in its
 * fluid limit, the engine's {@code SharedChannel}). A transfer's work is the time it would take
 * with the cell to itself (bits / its rate). For transfers that all start together the k-th to
 * finish ends at Σ_{j<k} wⱼ + (n − k + 1)·w_k (works sorted), the last at Σ wⱼ.
 */
final class FluidSharing {

	private FluidSharing() {
	}

	/** Finish times of transfers that start at {@code starts} with exclusive {@code works} (seconds). */
	static double[] finishTimes(double[] starts, double[] works) {
		int n = starts.length;
		double[] remaining = works.clone();
		double[] finish = new double[n];
		Arrays.fill(finish, Double.NaN);
		boolean[] active = new boolean[n];
		double now = Arrays.stream(starts).min().orElse(0);
		int done = 0;
		while (done < n) {
			int activeCount = 0;
			for (int i = 0; i < n; i++) {
				if (!active[i] && Double.isNaN(finish[i]) && starts[i] <= now) {
					active[i] = true;
				}
				activeCount += active[i] ? 1 : 0;
			}
			double nextStart = Double.POSITIVE_INFINITY;
			for (int i = 0; i < n; i++) {
				if (!active[i] && Double.isNaN(finish[i])) {
					nextStart = Math.min(nextStart, starts[i]);
				}
			}
			if (activeCount == 0) {
				now = nextStart;
				continue;
			}
			int first = -1;
			for (int i = 0; i < n; i++) {
				if (active[i] && (first < 0 || remaining[i] < remaining[first])) {
					first = i;
				}
			}
			double firstDone = remaining[first] * activeCount;
			boolean completes = firstDone <= nextStart - now;
			double step = completes ? firstDone : nextStart - now;
			now += step;
			for (int i = 0; i < n; i++) {
				if (active[i]) {
					remaining[i] = i == first && completes ? 0 : remaining[i] - step / activeCount;
					if (remaining[i] <= 1e-12 * works[i]) {
						finish[i] = now;
						active[i] = false;
						done++;
					}
				}
			}
		}
		return finish;
	}
}
