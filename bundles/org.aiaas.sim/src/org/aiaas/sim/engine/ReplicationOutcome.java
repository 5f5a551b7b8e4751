package org.aiaas.sim.engine;

import java.util.List;

import org.aiaas.sim.api.NodeResult.TimePoint;
import org.aiaas.sim.stats.LogHistogram;
import org.aiaas.sim.stats.RunningStats;

/**
 * The raw figures of one replication (after warm-up), before they are combined across
 * replications into estimates with confidence intervals.
 */
final class ReplicationOutcome {

	long offered;
	long completed;
	long lostQueue;
	long lostDeadline;
	long withDeadline;
	long deadlineMet;
	final RunningStats waiting = new RunningStats();
	final RunningStats response = new RunningStats();
	final LogHistogram responseHistogram = new LogHistogram();
	double measuredSeconds;
	double[] utilization;
	double[] meanQueueLength;
	long[] offeredByTenant;
	long[] completedByTenant;
	/** Queue length over time per node; only for the replication that records series. */
	List<List<TimePoint>> queueSeries = List.of();
	long events;
	boolean canceled;

	long lost() {
		return lostQueue + lostDeadline;
	}
}
