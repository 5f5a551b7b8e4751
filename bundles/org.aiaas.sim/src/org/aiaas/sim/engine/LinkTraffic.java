package org.aiaas.sim.engine;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The transport links during one replication: carries a transfer hop by hop along the shortest
 * path (each hop: latency + bytes / bandwidth, links not congested), draws each hop's loss, and
 * counts per link what transfers starting after the warm-up offered, carried and lost.
 */
final class LinkTraffic {

	private final NetworkPlan network;
	private final NetworkPlan.LinkPlan[] linkPlans;
	private final double warmup;
	private final SplittableRandom[] lossRandom;
	/** Per link, transfers that reached it (after the warm-up). */
	final long[] transfers;
	/** Per link, transfers it lost. */
	final long[] lost;
	/** Per link, bytes of the transfers that reached it. */
	final double[] offeredBytes;
	/** Per link, bytes it delivered. */
	final double[] carriedBytes;
	/** Per link, seconds of its delivered transfers (latency + serialisation). */
	final double[] transferSeconds;

	LinkTraffic(NetworkPlan network, double warmup, RandomStreams streams, int replication) {
		this.network = network;
		this.warmup = warmup;
		List<NetworkPlan.LinkPlan> links = network.links();
		this.linkPlans = links.toArray(NetworkPlan.LinkPlan[]::new);
		int n = links.size();
		this.lossRandom = new SplittableRandom[n];
		for (int i = 0; i < n; i++) {
			lossRandom[i] = streams.stream(replication, "link " + links.get(i).name(), "loss");
		}
		this.transfers = new long[n];
		this.lost = new long[n];
		this.offeredBytes = new double[n];
		this.carriedBytes = new double[n];
		this.transferSeconds = new double[n];
	}

	/**
	 * Seconds to move {@code bytes} from node {@code from} to node {@code to} starting at
	 * {@code now}, or −1 when a link on the way loses the transfer.
	 */
	double carry(int from, int to, double bytes, double now) {
		if (from == to) {
			return 0;
		}
		boolean counted = now >= warmup;
		double seconds = 0;
		for (int link : network.paths()[from][to]) {
			NetworkPlan.LinkPlan plan = linkPlans[link];
			double hop = plan.latency() + bytes / plan.bytesPerSecond();
			if (counted) {
				transfers[link]++;
				offeredBytes[link] += bytes;
			}
			if (plan.loss() > 0 && lossRandom[link].nextDouble() < plan.loss()) {
				if (counted) {
					lost[link]++;
				}
				return -1;
			}
			if (counted) {
				carriedBytes[link] += bytes;
				transferSeconds[link] += hop;
			}
			seconds += hop;
		}
		return seconds;
	}
}
