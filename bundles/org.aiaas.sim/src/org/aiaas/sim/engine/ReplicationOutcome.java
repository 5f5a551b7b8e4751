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
	/** Lost requests by {@link LossCause} ordinal. */
	final long[] lost = new long[LossCause.values().length];
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
	/** Continuous-batching figures of the LLM workloads (empty without them). */
	final LlmFigures llm = new LlmFigures();

	/** Radio figures of one cell. */
	static final class CellFigures {
		long offered;
		long outage;
		final RunningStats uplink = new RunningStats();
		final RunningStats downlink = new RunningStats();
		final RunningStats uplinkRates = new RunningStats();
		final RunningStats downlinkRates = new RunningStats();
		double uplinkBusy;
		long refusedDevices;
		double downlinkBusy;
	}

	CellFigures[] cells = new CellFigures[0];

	/** Per cluster training job: when it held all its slots, when it finished (NaN: not within the run). */
	double[] trainingStarted = new double[0];
	double[] trainingFinished = new double[0];

	/** What the transport links carried and lost. */
	LinkTraffic links;

	long lost() {
		long sum = 0;
		for (long count : lost) {
			sum += count;
		}
		return sum;
	}
}
