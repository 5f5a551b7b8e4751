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
	private static final int AT_NODE = 3;
	private static final int LLM_STEP = 4;
	private static final int BATCH_DONE = 5;
	private static final int BATCH_TIMEOUT = 6;
	private static final int TRAINING_DONE = 7;
	private static final int EVENTS_PER_PROGRESS_REPORT = 1 << 16;
	private static final int SERIES_POINTS = 240;
	/** Remaining work below this share of a request's size counts as done (float rounding). */
	private static final double DONE = 1e-12;

	private final Plan plan;
	/* The plan's lists as arrays, indexed on every request (List.get measured ~5 % of a network run). */
	private final Plan.WorkloadPlan[] workloadPlans;
	private final CellPlan[] cellPlans;
	/** By device group: its cell and its number of devices. */
	private final int[] cellOfGroup;
	private final int[] devicesInGroup;
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
	private final Placement placement;
	private final SharedChannel[] uplinks;
	private final SharedChannel[] downlinks;
	/** The channels' next completions: channel 2c is cell c's uplink, 2c + 1 its downlink. */
	private final ChannelEvents channelEvents;
	/** Every device's uplink and downlink rate in bit/s (0 = outage or refused). */
	private final DevicePopulation devices;
	private final SplittableRandom[] radioRandom;

	private final SplittableRandom[] placementRandom;
	private final Placement.Candidate[][] candidateBuffer;
	/** Requests between two network stages, referenced from events by index. */
	private final TransitTable transit = new TransitTable();
	/** What the size estimator sees of the request that reaches a node (reused). */
	private final ServiceRequest request;
	/** The plan's estimator for a {@code sizes predicted} variant, else true sizes. */
	private final SizeEstimator sizes;
	/** Told every request's features and true size (pilot runs), or null. */
	private final SampleRecorder recorder;

	/** Receives each request that reaches a node with its drawn service time. */
	@FunctionalInterface
	interface SampleRecorder {
		void record(ServiceRequest request, double seconds);
	}
	/** Cluster training jobs holding slots of their nodes. */
	private final ClusterTraining training;
	/** The transport links: hop times, losses and per-link counts. */
	private final LinkTraffic links;
	/** Continuous-batching engines: all of them, and by [workload][node] (null row: not an LLM workload). */
	private final LlmServingNode[] llmEngines;
	private final LlmServingNode[][] llmByWorkload;
	/** Dynamic batchers by node; null when no node batches. */
	private final DynamicBatcher[] batchers;

	ReplicationRun(Plan plan, Plan.VariantPlan variant, int replication, boolean recordSeries) {
		this(plan, variant, replication, recordSeries, null);
	}

	ReplicationRun(Plan plan, Plan.VariantPlan variant, int replication, boolean recordSeries,
			SampleRecorder recorder) {
		this.plan = plan;
		this.workloadPlans = plan.workloads().toArray(Plan.WorkloadPlan[]::new);
		this.cellPlans = plan.network().cells().toArray(CellPlan[]::new);
		this.cellOfGroup = plan.network().groups().stream().mapToInt(g -> g.cell()).toArray();
		this.devicesInGroup = plan.network().groups().stream().mapToInt(g -> g.count()).toArray();
		this.request = new ServiceRequest(plan.features());
		this.recorder = recorder;
		if (variant.predictedSizes() && plan.sizeEstimator() == null) {
			throw new ScenarioException(PredictedSizes.MISSING);
		}
		this.sizes = variant.predictedSizes() ? plan.sizeEstimator() : SizeEstimator.DECLARED;
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
		this.placement = variant.placement() == null ? null : Placement.of(variant.placement());
		NetworkPlan network = plan.network();
		this.uplinks = new SharedChannel[network.cells().size()];
		this.downlinks = new SharedChannel[network.cells().size()];
		this.radioRandom = new SplittableRandom[network.cells().size()];
		this.channelEvents = new ChannelEvents(2 * network.cells().size());
		for (int c = 0; c < uplinks.length; c++) {
			uplinks[c] = new SharedChannel();
			downlinks[c] = new SharedChannel();
			radioRandom[c] = streams.stream(replication, "cell " + network.cells().get(c).name(), "harq");
		}
		this.devices = new DevicePopulation(network, streams, replication);
		this.links = new LinkTraffic(network, plan.warmup(), streams, replication);
		outcome.links = links;
		this.training = new ClusterTraining(plan.training());
		outcome.trainingStarted = training.started;
		outcome.trainingFinished = training.finished;
		this.placementRandom = new SplittableRandom[workloads];
		for (int w = 0; w < workloads; w++) {
			placementRandom[w] = streams.stream(replication, plan.workloads().get(w).name(), "devices");
		}
		this.candidateBuffer = new Placement.Candidate[workloads][];
		precomputeCandidates();
		outcome.cells = new ReplicationOutcome.CellFigures[network.cells().size()];
		for (int c = 0; c < outcome.cells.length; c++) {
			outcome.cells[c] = new ReplicationOutcome.CellFigures();
		}
		this.sampleInterval = plan.duration() / SERIES_POINTS;
		outcome.offeredByTenant = new long[plan.tenants().size()];
		outcome.completedByTenant = new long[plan.tenants().size()];
		Host host = new Host();
		LlmEngines engines = LlmEngines.of(plan, variant.scheduler(), host, outcome.llm);
		this.llmEngines = engines.all();
		this.llmByWorkload = engines.byWorkload();
		this.batchers = DynamicBatcher.forNodes(nodes, plan, host);
	}

	/** The callbacks of the LLM engines and dynamic batchers. */
	private final class Host implements LlmServingNode.Host, DynamicBatcher.Host {
		@Override
		public void scheduleStep(double at, int engine, int replica) {
			events.schedule(at, LLM_STEP, engine, replica, 0);
		}

		@Override
		public double believedSize(Job job, int node, int promptTokens, int outputTokens, double trueSize) {
			request.reset(job.workload, node);
			request.tokens(promptTokens, outputTokens);
			if (recorder != null) {
				recorder.record(request, trueSize);
			}
			return sizes == SizeEstimator.DECLARED ? trueSize : sizes.estimate(request, trueSize);
		}

		/**
		 * A token is a few bytes: it does not queue at the radio or on a link, so its way back is
		 * the path's latency, the backhaul and the mean downlink access delay (HARQ included).
		 */
		@Override
		public double tokenReturnSeconds(Job job, int node) {
			if (job.device < 0) {
				return 0;
			}
			CellPlan cellPlan = cellPlans[cellOfGroup[workloadPlans[job.workload].group()]];
			return plan.network().transfer(node, cellPlan.backhaulNode(), 0) + cellPlan.backhaulLatency()
					+ cellPlan.meanAccessDelay(false);
		}

		@Override
		public void scheduleBatchDone(double at, int node, int slot) {
			events.schedule(at, BATCH_DONE, node, slot, 0);
		}

		@Override
		public void scheduleTimeout(double at, int node) {
			events.schedule(at, BATCH_TIMEOUT, node, 0, 0);
		}

		@Override
		public void started(Job job, double now) {
			if (job.measured) {
				outcome.waiting.add(now - job.arrival);
			}
		}

		@Override
		public void lost(Job job, LossCause cause) {
			lose(job, cause);
		}

		@Override
		public void finished(Job job, double now) {
			ReplicationRun.this.finished(job, now);
		}
	}

	ReplicationOutcome run(Progress progress) {
		double duration = plan.duration();
		for (int w = 0; w < arrivals.length; w++) {
			scheduleArrival(w, 0);
		}
		events.schedule(plan.warmup(), WARMUP, 0, 0, 0);
		for (int i = 0; i < nodes.length && !training.isEmpty(); i++) {
			int job;
			while (nodes[i].hasFreeSlot() && (job = training.waitingFor(i)) >= 0) {
				grantToTraining(job, i, nodes[i].takeFreeSlot(0), 0);
			}
		}
		double reported = 0;
		long processed = 0;
		double now = 0;
		while (true) {
			boolean transferNext = channelEvents.firstBefore(events.peekTime(), events.peekOrder());
			double next = transferNext ? channelEvents.firstTime() : events.peekTime();
			if (next > duration) {
				break; // also when nothing is left: +∞
			}
			now = next;
			if (recordSeries) {
				sampleUntil(now);
			}
			if (transferNext) {
				transferDone(channelEvents.first(), now);
			} else {
				events.poll();
				switch (events.kind) {
				case ARRIVAL -> arrive(events.first, now);
				case COMPLETION -> complete(events.first, events.second, events.version, now);
				case AT_NODE -> atNode(transit.take(events.first), now);
				case TRAINING_DONE -> trainingDone(events.first, now);
				case LLM_STEP -> llmEngines[events.first].stepDone(events.second, now);
				case BATCH_DONE -> batchers[events.first].batchDone(events.second, now);
				case BATCH_TIMEOUT -> batchers[events.first].timeout(now);
				default -> startMeasuring(now);
				}
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
		double end = outcome.canceled ? now : duration;
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
		Plan.WorkloadPlan workload = workloadPlans[w];
		boolean measured = now >= plan.warmup();
		int device = workload.group() < 0 ? -1
				: placementRandom[w].nextInt(devicesInGroup[workload.group()]);
		Job job = new Job(sequence++, w, now, now + workload.deadline(), workload.priority(), measured, device);
		if (measured) {
			outcome.offered++;
			outcome.offeredByTenant[workload.tenant()]++;
			if (workload.deadline() < Double.POSITIVE_INFINITY) {
				outcome.withDeadline++;
			}
		}
		scheduleArrival(w, now);
		if (workload.group() < 0) {
			atNode(job, workload.node(), now);
			return;
		}
		int cell = cellOfGroup[workload.group()];
		if (measured) {
			outcome.cells[cell].offered++;
		}
		double up = devices.uplinkRate[workload.group()][device];
		if (up <= 0 || devices.downlinkRate[workload.group()][device] <= 0) {
			lose(job, LossCause.RADIO);
			if (measured) {
				outcome.cells[cell].outage++;
			}
			return;
		}
		uplinks[cell].start(job, 8 * workload.inputBytes() / up, now);
		scheduleChannel(2 * cell, uplinks[cell], now);
	}

	/** Moves the channel's entry in {@link #channelEvents} to its next completion (or removes it). */
	private void scheduleChannel(int channelNumber, SharedChannel channel, double now) {
		double next = channel.nextCompletion(now);
		if (next < Double.POSITIVE_INFINITY) {
			channelEvents.set(channelNumber, next, events.nextOrder());
		} else {
			channelEvents.remove(channelNumber);
		}
	}

	private void transferDone(int channelNumber, double now) {
		int cell = channelNumber >>> 1;
		if ((channelNumber & 1) == 0) {
			uplinkDone(cell, now);
		} else {
			downlinkDone(cell, now);
		}
	}

	/** The request is through the uplink: access and HARQ delays, backhaul, placement, transport. */
	private void uplinkDone(int cell, double now) {
		SharedChannel channel = uplinks[cell];
		Job job = channel.finish(now);
		scheduleChannel(2 * cell, channel, now);
		CellPlan cellPlan = cellPlans[cell];
		double atCellSite = now + cellPlan.accessDelay(true, radioRandom[cell]);
		if (job.measured) {
			outcome.cells[cell].uplink.add(atCellSite - job.sent);
		}
		Plan.WorkloadPlan workload = workloadPlans[job.workload];
		int home = cellPlan.backhaulNode();
		int node = choose(job.workload, workload, home, atCellSite - job.sent);
		double transport = links.carry(home, node, workload.inputBytes(), atCellSite + cellPlan.backhaulLatency());
		if (transport < 0) {
			lose(job, LossCause.NETWORK);
			return;
		}
		double arrival = atCellSite + cellPlan.backhaulLatency() + transport;
		job.node = node;
		events.schedule(arrival, AT_NODE, transit.put(job), 0, 0);
	}

	private int choose(int w, Plan.WorkloadPlan workload, int home, double spent) {
		if (placement == null || workload.candidates().length == 1) {
			return workload.candidates()[0];
		}
		Placement.Candidate[] candidates = candidateBuffer[w];
		LlmServingNode[] llm = llmByWorkload[w];
		for (int i = 0; i < candidates.length; i++) {
			int node = candidates[i].node();
			candidates[i].inSystem = nodes[node].inSystem() + (llm == null ? 0 : llm[node].inSystem());
		}
		return candidates[placement.choose(candidates, workload.deadline() - spent)].node();
	}

	/**
	 * What placement needs that does not change during a run, one candidate per (workload, node):
	 * network round trip, mean service, edge or cloud, home or not, slots and price. Only the load
	 * is refreshed per request ({@link #choose}).
	 */
	private void precomputeCandidates() {
		for (int w = 0; w < plan.workloads().size(); w++) {
			Plan.WorkloadPlan workload = plan.workloads().get(w);
			int[] nodesOf = workload.candidates();
			candidateBuffer[w] = new Placement.Candidate[nodesOf.length];
			if (workload.group() < 0) {
				continue;
			}
			int home = plan.network().cells().get(plan.network().groups().get(workload.group()).cell()).backhaulNode();
			for (int i = 0; i < nodesOf.length; i++) {
				int node = nodesOf[i];
				double network = plan.network().transfer(home, node, workload.inputBytes())
						+ plan.network().transfer(node, home, workload.outputBytes());
				NodeState state = nodes[node];
				candidateBuffer[w][i] = new Placement.Candidate(node, network, workload.service().mean(node),
						plan.network().edge()[node], node == home, 0, state.plan.slots(), state.plan.pricePerSecond());
			}
		}
	}

	private void atNode(Job job, double now) {
		atNode(job, job.node, now);
	}

	/** The request joins a node: its size there is drawn; it is served, queued, or lost. */
	private void atNode(Job job, int nodeIndex, double now) {
		if (llmByWorkload[job.workload] != null) {
			llmByWorkload[job.workload][nodeIndex].arrive(job, now, serviceRandom[job.workload]);
			return;
		}
		Plan.WorkloadPlan workload = workloadPlans[job.workload];
		request.reset(job.workload, nodeIndex);
		double size = workload.service().sample(nodeIndex, serviceRandom[job.workload], request);
		if (Double.isNaN(size)) {
			lose(job, LossCause.MEMORY);
			return;
		}
		if (recorder != null) {
			recorder.record(request, size);
		}
		job.arriveAtNode(nodeIndex, now, size, sizes == SizeEstimator.DECLARED ? size : sizes.estimate(request, size));
		if (batchers != null && batchers[nodeIndex] != null) {
			batchers[nodeIndex].arrive(job, now);
			return;
		}
		NodeState node = nodes[nodeIndex];
		if (node.hasFreeSlot()) {
			int slot = node.takeFreeSlot(now);
			if (!start(node, nodeIndex, slot, job, now)) {
				dispatch(node, nodeIndex, slot, now);
			}
			return;
		}
		if (node.preemptive) {
			int victim = node.scheduler.victim(job, node.inService, node.remainingNow(now));
			if (victim >= 0) {
				preempt(node, victim, now);
				if (!start(node, nodeIndex, victim, job, now)) {
					dispatch(node, nodeIndex, victim, now);
				}
				return;
			}
		}
		if (node.scheduler.size() >= node.plan.waitingPlaces()) {
			lose(job, LossCause.QUEUE);
			return;
		}
		node.scheduler.add(job);
		node.queueChanged(now);
	}

	/** Served: back over the links and the backhaul to the cell, then the downlink. */
	private void returnToDevice(Job job, double now) {
		Plan.WorkloadPlan workload = workloadPlans[job.workload];
		int cell = cellOfGroup[workload.group()];
		CellPlan cellPlan = cellPlans[cell];
		double transport = links.carry(job.node, cellPlan.backhaulNode(), workload.outputBytes(), now);
		if (transport < 0) {
			lose(job, LossCause.NETWORK);
			return;
		}
		double atCellSite = now + transport + cellPlan.backhaulLatency() + cellPlan.accessDelay(false, radioRandom[cell]);
		// The downlink is booked now to start when the result reaches the cell site: no event needed.
		job.arrival = atCellSite; // reused: when the downlink transfer begins
		downlinks[cell].startAt(job, 8 * workload.outputBytes() / devices.downlinkRate[workload.group()][job.device],
				atCellSite);
		scheduleChannel(2 * cell + 1, downlinks[cell], now);
	}

	private void downlinkDone(int cell, double now) {
		SharedChannel channel = downlinks[cell];
		Job job = channel.finish(now);
		scheduleChannel(2 * cell + 1, channel, now);
		if (job.measured) {
			outcome.cells[cell].downlink.add(now - job.arrival);
		}
		responded(job, now);
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
			lose(job, LossCause.DEADLINE);
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
		int waitingJob = training.isEmpty() ? -1 : training.waitingFor(nodeIndex);
		if (waitingJob >= 0) {
			node.queueChanged(now);
			grantToTraining(waitingJob, nodeIndex, slot, now);
			return;
		}
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

	/** A training job takes a slot the caller holds; when it holds all it needs, it runs. */
	private void grantToTraining(int job, int nodeIndex, int slot, double now) {
		nodes[nodeIndex].inService[slot] = null;
		if (training.give(job, nodeIndex, slot, now)) {
			events.schedule(now + training.job(job).runSeconds(), TRAINING_DONE, job, 0, 0);
		}
	}

	/** The training job is done: its slots go to the next training job or waiting requests. */
	private void trainingDone(int job, double now) {
		training.finished[job] = now;
		int[] jobNodes = training.job(job).nodes();
		for (int k = 0; k < jobNodes.length; k++) {
			for (int slot : training.heldSlots(job, k)) {
				dispatch(nodes[jobNodes[k]], jobNodes[k], slot, now);
			}
		}
	}

	private void finished(Job job, double now) {
		if (job.device >= 0) {
			returnToDevice(job, now);
			return;
		}
		responded(job, now);
	}

	/** The result is back where the request was sent from. */
	private void responded(Job job, double now) {
		if (!job.measured) {
			return;
		}
		double response = now - job.sent;
		outcome.completed++;
		outcome.completedByTenant[workloadPlans[job.workload].tenant()]++;
		outcome.response.add(response);
		outcome.responseHistogram.add(response);
		if (job.deadlineAt < Double.POSITIVE_INFINITY && now <= job.deadlineAt) {
			outcome.deadlineMet++;
		}
	}

	private void lose(Job job, LossCause cause) {
		if (job.measured) {
			outcome.lost[cause.ordinal()]++;
		}
	}




	private void startMeasuring(double now) {
		for (NodeState node : nodes) {
			node.busy.restart(now);
			node.queueLength.restart(now);
		}
		for (int c = 0; c < uplinks.length; c++) {
			uplinks[c].restartBusy(now);
			downlinks[c].restartBusy(now);
		}
		for (LlmServingNode engine : llmEngines) {
			engine.restartMeasuring(now);
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
		LlmEngines.addToNodeFigures(llmEngines, outcome, end);
		for (int c = 0; c < uplinks.length; c++) {
			outcome.cells[c].refusedDevices = devices.refusedPerCell[c];
			outcome.cells[c].uplinkBusy = uplinks[c].busySeconds(end) / Math.max(1e-300, outcome.measuredSeconds);
			outcome.cells[c].downlinkBusy = downlinks[c].busySeconds(end) / Math.max(1e-300, outcome.measuredSeconds);
		}
		for (int g = 0; g < devices.uplinkRate.length; g++) {
			int cell = plan.network().groups().get(g).cell();
			for (double rate : devices.uplinkRate[g]) {
				outcome.cells[cell].uplinkRates.add(rate);
			}
			for (double rate : devices.downlinkRate[g]) {
				outcome.cells[cell].downlinkRates.add(rate);
			}
		}
		if (recordSeries) {
			outcome.queueSeries = series;
		}
	}
}
