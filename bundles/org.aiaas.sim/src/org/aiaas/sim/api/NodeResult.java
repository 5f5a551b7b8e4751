package org.aiaas.sim.api;

import java.util.List;

/**
 * What one node did in one variant.
 *
 * @param name              the node's name in the scenario
 * @param utilization       time-averaged share of busy slots, 0..1
 * @param meanQueueLength   time-averaged number of waiting requests (not in service)
 * @param queueLengthSeries queue length over simulated time (seconds, requests), from the first
 *                          replication, thinned to a few hundred points for charts
 */
public record NodeResult(String name, MetricValue utilization, MetricValue meanQueueLength,
		List<TimePoint> queueLengthSeries) {

	/** One sample of a time series. */
	public record TimePoint(double timeS, double value) {
	}
}
