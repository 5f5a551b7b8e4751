package org.aiaas.sim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.aiaas.sim.api.NodeResult.TimePoint;
import org.aiaas.sim.api.Progress;

/**
 * One replication of one variant: the discrete-event loop. Requests arrive at their node, wait in
 * its scheduler's queue, are served on its slots (possibly in bursts, possibly preempted) and
 * complete; statistics cover what happens after the warm-up.
 */
final class ReplicationRun {

	private static final int ARRIVAL = 0;
	private static final int COMPLETION = 1;
	private static final int WARMUP = 2;
	private static final int EVENTS_PER_PROGRESS_REPORT = 1 << 16;
	private static final int SERIES_POINTS = 240;
	/** Remaining work below this share of a request's size counts as done (float rounding). */
	private static final double DONE = 1e-12;

	private final Plan plan;
	private final NodeState[] nodes;
	private final ArrivalStream[] arrivals;
	private final SplittableRandom[] arrivalRandom;
	private final SplittableRandom[] serviceRandom;
	private final EventQueue events = new EventQueue();
	private final ReplicationOutcome outcome = new ReplicationOutcome();
	private final boolean recordSeries;
	private final List<List<TimePoint>> series = new ArrayList<>();
	private double nextSample;
	private final double sampleInterval;
	private long sequence;

	ReplicationRun(Plan plan, Plan.VariantPlan variant, int replication, boolean recordSeries) {
		this.plan = plan;
		this.recordSeries = recordSeries;
		this.nodes = new NodeState[plan.nodes().size()];
		for (int i = 0; i < nodes.length; i++) {
			nodes[i] = new NodeState(plan.nodes().get(i), variant.scheduler().get());
			series.add(new ArrayList<>());
		}
		int workloads = plan.workloads().size();
		this.arrivals = new ArrivalStream[workloads];
		this.arrivalRandom = new SplittableRandom[workloads];
		this.serviceRandom = new SplittableRandom[workloads];
		RandomStreams streams = new RandomStreams(plan.seed());
		for (int w = 0; w < workloads; w++) {
			Plan.WorkloadPlan workload = plan.workloads().get(w);
			arrivals[w] = workload.arrivals().get();
			arrivalRandom[w] = streams.stream(replication, workload.name(), "arrivals");
			serviceRandom[w] = streams.stream(replication, workload.name(), "service");
		}
		this.sampleInterval = plan.duration() / SERIES_POINTS;
		outcome.offeredByTenant = new long[plan.tenants().size()];
		outcome.completedByTenant = new long[plan.tenants().size()];
	}

	ReplicationOutcome run(Progress progress) {
		double duration = plan.duration();
		for (int w = 0; w < arrivals.length; w++) {
			scheduleArrival(w, 0);
		}
		events.schedule(plan.warmup(), WARMUP, 0, 0, 0);
		double reported = 0;
		long processed = 0;
		while (!events.isEmpty() && events.peekTime() <= duration) {
			events.poll();
			double now = events.time;
			if (recordSeries) {
				sampleUntil(now);
			}
			switch (events.kind) {
			case ARRIVAL -> arrive(events.first, now);
			case COMPLETION -> complete(events.first, events.second, events.version, now);
			default -> startMeasuring(now);
			}
			if (++processed % EVENTS_PER_PROGRESS_REPORT == 0) {
				progress.worked(now - reported);
				reported = now;
				if (progress.isCanceled()) {
					outcome.canceled = true;
					break;
				}
			}
		}
		double end = outcome.canceled ? events.time : duration;
		if (recordSeries) {
			sampleUntil(end);
		}
		progress.worked(Math.max(0, end - reported));
		finish(end, processed);
		return outcome;
	}

	private void scheduleArrival(int workload, double now) {
		double next = arrivals[workload].next(now, arrivalRandom[workload]);
		if (next <= plan.duration()) {
			events.schedule(next, ARRIVAL, workload, 0, 0);
		}
	}

	private void arrive(int w, double now) {
		Plan.WorkloadPlan workload = plan.workloads().get(w);
		boolean measured = now >= plan.warmup();
		double size = workload.service().next(serviceRandom[w]);
		double estimate = plan.sizeEstimator().estimate(workload.name(), size);
		Job job = new Job(sequence++, w, now, size, estimate, now + workload.deadline(), workload.priority(), measured);
		if (measured) {
			outcome.offered++;
			outcome.offeredByTenant[workload.tenant()]++;
			if (workload.deadline() < Double.POSITIVE_INFINITY) {
				outcome.withDeadline++;
			}
		}
		scheduleArrival(w, now);
		NodeState node = nodes[workload.node()];
		if (node.hasFreeSlot()) {
			int slot = node.takeFreeSlot(now);
			if (!start(node, workload.node(), slot, job, now)) {
				dispatch(node, workload.node(), slot, now);
			}
			return;
		}
		if (node.preemptive) {
			int victim = node.scheduler.victim(job, node.inService, node.remainingNow(now));
			if (victim >= 0) {
				preempt(node, victim, now);
				if (!start(node, workload.node(), victim, job, now)) {
					dispatch(node, workload.node(), victim, now);
				}
				return;
			}
		}
		if (node.scheduler.size() >= node.plan.waitingPlaces()) {
			lose(job, false);
			return;
		}
		node.scheduler.add(job);
		node.queueChanged(now);
	}

	/** Takes the slot's request out of service with the work it has done so far, back to the queue. */
	private void preempt(NodeState node, int slot, double now) {
		Job job = node.inService[slot];
		job.remaining -= node.progress(slot, now);
		node.version[slot]++;
		node.scheduler.add(job);
		node.queueChanged(now);
	}

	/**
	 * Starts a burst of {@code job} on a slot the caller holds; false if the job was dropped
	 * because its deadline can no longer be met (the slot is then still free to use).
	 */
	private boolean start(NodeState node, int nodeIndex, int slot, Job job, double now) {
		if (!job.hasStarted() && now + job.remaining > job.deadlineAt) {
			lose(job, true);
			return false;
		}
		if (!job.hasStarted()) {
			job.firstStart = now;
			if (job.measured) {
				outcome.waiting.add(now - job.arrival);
			}
		}
		double burst = node.scheduler.burst(job);
		double switchCost = node.scheduler.switchCost();
		node.inService[slot] = job;
		node.progressStart[slot] = now + switchCost;
		node.burstWork[slot] = burst;
		events.schedule(now + switchCost + burst, COMPLETION, nodeIndex, slot, node.version[slot]);
		return true;
	}

	private void complete(int nodeIndex, int slot, int version, double now) {
		NodeState node = nodes[nodeIndex];
		if (version != node.version[slot]) {
			return; // this burst was preempted
		}
		Job job = node.inService[slot];
		job.remaining -= node.burstWork[slot];
		if (job.remaining <= DONE * job.size) {
			finished(job, now);
		} else {
			node.scheduler.add(job);
		}
		dispatch(node, nodeIndex, slot, now);
	}

	/** Gives a freed slot to the next request that can still start, or leaves it free. */
	private void dispatch(NodeState node, int nodeIndex, int slot, double now) {
		Job next;
		while ((next = node.scheduler.poll()) != null) {
			if (start(node, nodeIndex, slot, next, now)) {
				node.queueChanged(now);
				return;
			}
		}
		node.queueChanged(now);
		node.releaseSlot(slot, now);
	}

	private void finished(Job job, double now) {
		if (!job.measured) {
			return;
		}
		double response = now - job.arrival;
		outcome.completed++;
		outcome.completedByTenant[plan.workloads().get(job.workload).tenant()]++;
		outcome.response.add(response);
		outcome.responseHistogram.add(response);
		if (job.deadlineAt < Double.POSITIVE_INFINITY && now <= job.deadlineAt) {
			outcome.deadlineMet++;
		}
	}

	private void lose(Job job, boolean deadline) {
		if (!job.measured) {
			return;
		}
		if (deadline) {
			outcome.lostDeadline++;
		} else {
			outcome.lostQueue++;
		}
	}

	private void startMeasuring(double now) {
		for (NodeState node : nodes) {
			node.busy.restart(now);
			node.queueLength.restart(now);
		}
	}

	private void sampleUntil(double now) {
		while (nextSample <= now) {
			for (int i = 0; i < nodes.length; i++) {
				series.get(i).add(new TimePoint(nextSample, nodes[i].scheduler.size()));
			}
			nextSample += sampleInterval;
		}
	}

	private void finish(double end, long processed) {
		outcome.events = processed;
		outcome.measuredSeconds = Math.max(0, end - plan.warmup());
		outcome.utilization = new double[nodes.length];
		outcome.meanQueueLength = new double[nodes.length];
		for (int i = 0; i < nodes.length; i++) {
			outcome.utilization[i] = nodes[i].busy.mean(end) / nodes[i].plan.slots();
			outcome.meanQueueLength[i] = nodes[i].queueLength.mean(end);
		}
		if (recordSeries) {
			outcome.queueSeries = series;
		}
	}
}
