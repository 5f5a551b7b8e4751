package org.aiaas.sim.api;

/**
 * What one transport link carried in one variant (figures after the warm-up, means over
 * replications).
 *
 * @param name              "a -> b" as declared
 * @param bandwidthMbps     the link's bandwidth, Mbit/s
 * @param latencyS          its one-way propagation latency, s
 * @param lossProbability   its declared loss probability per transfer, 0..1
 * @param carriedBytesPerS  bytes delivered across the link per second of measured time
 * @param utilization       offered bits per second / bandwidth (lost transfers included)
 * @param meanTransferS     mean time of a transfer on this link: latency + size / bandwidth
 * @param lossRate          transfers lost on this link / transfers offered to it
 * @param transfers         transfers offered to the link, total over replications
 * @param lost              of those, transfers lost on it, total over replications
 */
public record LinkResult(String name, double bandwidthMbps, double latencyS, double lossProbability,
		MetricValue carriedBytesPerS, MetricValue utilization, MetricValue meanTransferS, MetricValue lossRate,
		long transfers, long lost) {
}
