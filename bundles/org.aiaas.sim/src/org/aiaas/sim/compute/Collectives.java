package org.aiaas.sim.compute;

/**
 * Time of collective operations between accelerators, in the usual α–β model: each message costs
 * a latency α plus its size over the link bandwidth β.
 */
public final class Collectives {

	private Collectives() {
	}

	/**
	 * Ring all-reduce of {@code bytes} among {@code participants}:
	 * {@code 2(n−1)/n · bytes / linkBandwidth + 2(n−1) · linkLatency} — a reduce-scatter then an
	 * all-gather, each n−1 steps moving 1/n of the data (Patarasuk and Yuan, JPDC 2009; the NCCL
	 * ring). The bandwidth term is optimal; the latency term is why trees win for small messages.
	 * One participant has nothing to exchange: 0 s.
	 */
	public static double ringAllReduceSeconds(int participants, double bytes, double linkBandwidth,
			double linkLatency) {
		Arguments.atLeast(participants, 1, "participants");
		Arguments.nonNegative(bytes, "bytes");
		Arguments.positive(linkBandwidth, "linkBandwidth");
		Arguments.nonNegative(linkLatency, "linkLatency");
		int steps = 2 * (participants - 1);
		return (double) steps / participants * bytes / linkBandwidth + steps * linkLatency;
	}
}
