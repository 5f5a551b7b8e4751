package org.aiaas.sim.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.aiaas.model.ConstantArrivals;
import org.aiaas.model.Node;
import org.aiaas.model.OnOffArrivals;
import org.aiaas.model.PlacementComparison;
import org.aiaas.model.PlacementKind;
import org.aiaas.model.PoissonArrivals;
import org.aiaas.model.Scenario;
import org.aiaas.model.SchedulerComparison;
import org.aiaas.model.SchedulerSpec;
import org.aiaas.model.TraceArrivals;
import org.aiaas.model.Workload;
import org.aiaas.model.analysis.Capacity;
import org.aiaas.model.analysis.Moments;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.sim.api.PredictorGain;
import org.eclipse.emf.common.util.URI;

/**
 * Compiles a validated scenario into a {@link Plan}. Defaults, documented in docs/simulation.md:
 * duration 10 min, warm-up 10 % of the duration, 5 replications, 95 % confidence, seed 1,
 * scheduler fcfs, placement latency-aware.
 */
public final class PlanCompiler {

	static final double DEFAULT_DURATION_S = 600;
	static final double DEFAULT_WARMUP_SHARE = 0.1;
	static final int DEFAULT_REPLICATIONS = 5;
	static final double DEFAULT_CONFIDENCE = 0.95;
	static final long DEFAULT_SEED = 1;
	static final PlacementKind DEFAULT_PLACEMENT = PlacementKind.LATENCY_AWARE;

	private PlanCompiler() {
	}

	public static Plan compile(Scenario scenario, RunOptions options) {
		if (scenario.isLibrary()) {
			throw new ScenarioException(scenario.getName() + " is a library; only a scenario can be run");
		}
		if (scenario.getWorkloads().isEmpty()
				&& scenario.getTrainingJobs().stream().noneMatch(TrainingCompiler::isClusterJob)) {
			throw new ScenarioException("scenario " + scenario.getName() + " has no workload and no cluster training job"
					+ " (a 'corpus' on nodes): there is nothing to simulate (jobs with a 'dataset' run with 'aiaas train')");
		}
		List<Node> nodes = new ArrayList<>(scenario.getNodes());
		Map<Node, Integer> nodeIndex = new HashMap<>();
		List<Plan.NodePlan> nodePlans = new ArrayList<>();
		for (Node node : nodes) {
			nodeIndex.put(node, nodePlans.size());
			nodePlans.add(nodePlan(node));
		}
		NetworkPlan network = scenario.getCells().isEmpty() && scenario.getLinks().isEmpty()
				? NetworkPlan.empty(nodes.size()) : NetworkCompiler.compile(scenario, nodes, nodeIndex);
		Map<String, Integer> tenants = new LinkedHashMap<>();
		List<Plan.WorkloadPlan> workloads = new ArrayList<>();
		for (Workload workload : scenario.getWorkloads()) {
			workloads.add(workload(scenario, workload, nodes, nodeIndex, network, tenants));
		}
		DynamicBatcher.checkBatchable(workloads, nodePlans);
		double duration = scenario.getDuration() == null ? DEFAULT_DURATION_S : QuantityKind.toBase(scenario.getDuration());
		double warmup = scenario.getWarmup() == null ? duration * DEFAULT_WARMUP_SHARE
				: QuantityKind.toBase(scenario.getWarmup());
		if (warmup >= duration) {
			throw new ScenarioException("the warm-up (" + warmup + " s) must end before the run does (" + duration + " s)");
		}
		int replications = options.replications().orElse(scenario.isSetReplications() ? scenario.getReplications()
				: DEFAULT_REPLICATIONS);
		double confidence = scenario.getConfidence() == null ? DEFAULT_CONFIDENCE
				: QuantityKind.toBase(scenario.getConfidence());
		long seed = options.seed().orElse(scenario.isSetSeed() ? scenario.getSeed() : DEFAULT_SEED);
		List<String> warnings = new ArrayList<>();
		List<Plan.VariantPlan> variants = variants(scenario, warnings);
		warnings.addAll(loadWarnings(scenario, workloads, nodePlans));
		return new Plan(scenario.getName(), List.copyOf(nodePlans), List.copyOf(workloads), List.copyOf(variants),
				List.copyOf(tenants.keySet()), network, duration, warmup, replications, confidence, seed,
				List.copyOf(warnings), ServiceFeatures.of(scenario.getWorkloads(), nodes), null, null,
				TrainingCompiler.compile(scenario, nodeIndex, network));
	}

	private static Plan.NodePlan nodePlan(Node node) {
		double idle = 0;
		double max = 0;
		for (var allocation : node.getAccelerators()) {
			if (allocation.getType() != null && allocation.getType().getMaxPower() != null) {
				double peak = QuantityKind.toBase(allocation.getType().getMaxPower());
				double rest = allocation.getType().getIdlePower() == null ? 0
						: QuantityKind.toBase(allocation.getType().getIdlePower());
				idle += allocation.getCount() * rest;
				max += allocation.getCount() * peak;
			}
		}
		double price = node.getPrice() == null ? 0 : QuantityKind.toBase(node.getPrice());
		int batchMax = node.isSetBatchMax() ? node.getBatchMax() : 0;
		double batchWait = node.getBatchWait() == null ? 0 : QuantityKind.toBase(node.getBatchWait());
		return new Plan.NodePlan(node.getName(), Capacity.slots(node), Capacity.waitingPlaces(node), idle, max, price,
				batchMax, batchWait);
	}

	private static Plan.WorkloadPlan workload(Scenario scenario, Workload workload, List<Node> nodes,
			Map<Node, Integer> nodeIndex, NetworkPlan network, Map<String, Integer> tenants) {
		String name = workload.getName();
		ServiceModel service = serviceModel(workload, nodes);
		double deadline = workload.getDeadline() == null ? Double.POSITIVE_INFINITY
				: QuantityKind.toBase(workload.getDeadline());
		int tenant = tenants.computeIfAbsent(workload.getTenant() == null ? "" : workload.getTenant(),
				t -> tenants.size());
		int priority = workload.isSetPriority() ? workload.getPriority() : 0;
		double input = workload.getModel() == null || workload.getModel().getInput() == null ? 0
				: QuantityKind.toBase(workload.getModel().getInput());
		double output = workload.getModel() == null || workload.getModel().getOutput() == null ? 0
				: QuantityKind.toBase(workload.getModel().getOutput());
		if (workload.getTarget() != null) {
			Integer node = nodeIndex.get(workload.getTarget());
			if (node == null) {
				throw new ScenarioException("workload " + name + " arrives at node " + workload.getTarget().getName()
						+ ", which is declared in an imported file; declare the node in the scenario itself to simulate it");
			}
			if (!(service.mean(node) < Double.POSITIVE_INFINITY)) {
				throw new ScenarioException("workload " + name + " cannot be served at node " + workload.getTarget().getName()
						+ ": it has no accelerator for model " + workload.getModel().getName()
						+ ", or the model does not fit in the memory of all its accelerators together; give the node (more)"
						+ " 'gpus' or the workload a 'service' time");
			}
			return new Plan.WorkloadPlan(name, node, -1, arrivals(workload), service, input, output, deadline, priority,
					tenant, new int[] { node });
		}
		int group = scenario.getDeviceGroups().indexOf(workload.getSource());
		if (group < 0) {
			throw new ScenarioException("workload " + name + " comes from device group "
					+ workload.getSource().getName() + ", which is declared in an imported file; declare it in the scenario");
		}
		int home = network.cells().get(network.groups().get(group).cell()).backhaulNode();
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			boolean servingNode = nodes.get(i).getKind() != org.aiaas.model.NodeKind.DEVICE;
			if (servingNode && network.reachable(home, i) && service.mean(i) < Double.POSITIVE_INFINITY) {
				candidates.add(i);
			}
		}
		if (candidates.isEmpty()) {
			throw new ScenarioException("workload " + name + ": no edge or cloud node reachable from cell "
					+ network.cells().get(network.groups().get(group).cell()).name()
					+ " can serve it (accelerators, memory and links decide); add a link or a node with 'gpus'");
		}
		return new Plan.WorkloadPlan(name, -1, group, arrivals(workload), service, input, output, deadline, priority,
				tenant, candidates.stream().mapToInt(Integer::intValue).toArray());
	}

	private static ServiceModel serviceModel(Workload workload, List<Node> nodes) {
		if (workload.getService() != null) {
			return ServiceModel.explicit(Samplers.of(workload.getService()),
					Moments.mean(workload.getService()).orElse(Double.NaN));
		}
		if (workload.getModel() == null) {
			throw new ScenarioException("workload " + workload.getName() + " needs a 'model' or a 'service' time");
		}
		return ComputeModels.of(workload, nodes);
	}

	private static Supplier<ArrivalStream> arrivals(Workload workload) {
		if (workload.getArrivals() instanceof PoissonArrivals poisson) {
			double rate = QuantityKind.toBase(poisson.getRate());
			return () -> ArrivalStream.poisson(rate);
		}
		if (workload.getArrivals() instanceof ConstantArrivals constant) {
			double rate = QuantityKind.toBase(constant.getRate());
			return () -> ArrivalStream.constant(rate);
		}
		if (workload.getArrivals() instanceof OnOffArrivals onOff) {
			double rate = QuantityKind.toBase(onOff.getRate());
			double on = QuantityKind.toBase(onOff.getOn());
			double off = QuantityKind.toBase(onOff.getOff());
			return () -> ArrivalStream.onOff(rate, on, off);
		}
		if (workload.getArrivals() instanceof TraceArrivals trace) {
			double[] times = readTrace(workload, trace.getFile());
			return () -> ArrivalStream.trace(times);
		}
		throw new ScenarioException("workload " + workload.getName() + " needs 'arrivals'");
	}

	/** One arrival time in seconds per line; blank lines and lines starting with # are skipped. */
	static double[] readTrace(Workload workload, String file) {
		Path path = traceFile(workload, file);
		List<String> lines;
		try {
			lines = Files.readAllLines(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ScenarioException("cannot read the trace " + path + " of workload " + workload.getName() + ": "
					+ e.getMessage(), e);
		}
		double[] times = new double[lines.size()];
		int count = 0;
		double previous = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).trim();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			double t;
			try {
				t = Double.parseDouble(line);
			} catch (NumberFormatException e) {
				throw new ScenarioException(path + ":" + (i + 1) + ": '" + line + "' is not a time in seconds");
			}
			if (!Double.isFinite(t) || t < 0 || t < previous) {
				throw new ScenarioException(path + ":" + (i + 1) + ": arrival times must be finite, 0 or more and"
						+ " not decreasing; found " + line + " after " + previous);
			}
			times[count++] = t;
			previous = t;
		}
		return java.util.Arrays.copyOf(times, count);
	}

	private static Path traceFile(Workload workload, String file) {
		URI base = workload.eResource() == null ? null : workload.eResource().getURI();
		URI uri = URI.createFileURI(file);
		if (base != null && base.isFile() && uri.isRelative()) {
			uri = uri.resolve(base);
		}
		return Path.of(uri.isFile() ? uri.toFileString() : file);
	}

	/**
	 * Every compared scheduler × every compared placement; the scenario's own scheduler (fcfs by
	 * default) and placement (latency-aware by default) when one side is not compared.
	 */
	private static List<Plan.VariantPlan> variants(Scenario scenario, List<String> warnings) {
		List<SchedulerSpec> schedulers = new ArrayList<>();
		List<PlacementKind> placements = new ArrayList<>();
		scenario.getComparisons().forEach(comparison -> {
			if (comparison instanceof SchedulerComparison compared) {
				schedulers.addAll(compared.getSchedulers());
			} else if (comparison instanceof PlacementComparison compared) {
				placements.addAll(compared.getPlacements());
			}
		});
		boolean comparePlacements = !placements.isEmpty();
		if (comparePlacements && scenario.getWorkloads().stream().allMatch(w -> w.getTarget() != null)) {
			warnings.add("'compare placement' has no effect: every workload arrives at its node directly;"
					+ " placement decides only for workloads that come from device groups");
		}
		if (placements.isEmpty()) {
			placements.add(scenario.isSetPlacement() ? scenario.getPlacement() : DEFAULT_PLACEMENT);
		}
		List<Plan.VariantPlan> variants = new ArrayList<>();
		List<Plan.VariantPlan> bySchedulers = new ArrayList<>();
		if (schedulers.isEmpty()) {
			bySchedulers.add(scenario.getScheduler() == null ? new Plan.VariantPlan("fcfs", FcfsScheduler::new, null)
					: variant(scenario.getScheduler()));
		} else {
			schedulers.forEach(spec -> bySchedulers.add(variant(spec)));
		}
		boolean compareSchedulers = bySchedulers.size() > 1 || !schedulers.isEmpty();
		for (Plan.VariantPlan scheduler : bySchedulers) {
			for (PlacementKind placement : placements) {
				String name = comparePlacements && compareSchedulers ? scheduler.name() + ", " + placement.getLiteral()
						: comparePlacements ? placement.getLiteral() : scheduler.name();
				variants.add(new Plan.VariantPlan(name, scheduler.scheduler(), placement, scheduler.predictedSizes()));
			}
		}
		return variants;
	}

	/** "fcfs", "rr slice 10 ms", "priority preemptive" — readable and unique per configuration. */
	static Plan.VariantPlan variant(SchedulerSpec spec) {
		boolean predicted = spec.isSetSizes() && spec.getSizes() == org.aiaas.model.SizeSource.PREDICTED
				&& (spec.getKind() == org.aiaas.model.SchedulerKind.SJF || spec.getKind() == org.aiaas.model.SchedulerKind.SRPT);
		boolean preemptive = spec.isSetPreemptive() && spec.isPreemptive();
		StringBuilder name = new StringBuilder(spec.getKind().getLiteral());
		Supplier<Scheduler> scheduler = switch (spec.getKind()) {
		case FCFS -> FcfsScheduler::new;
		case SJF -> SjfScheduler::new;
		case SRPT -> SrptScheduler::new;
		case PRIORITY -> () -> new PriorityScheduler(preemptive);
		case EDF -> () -> new EdfScheduler(preemptive);
		case RR -> {
			if (spec.getSlice() == null) {
				throw new ScenarioException("round robin needs a time slice, e.g. 'rr { slice 10 ms }'");
			}
			double slice = QuantityKind.toBase(spec.getSlice());
			double switchCost = spec.getSwitchCost() == null ? 0 : QuantityKind.toBase(spec.getSwitchCost());
			name.append(" slice ").append(written(spec.getSlice().getValue(), spec.getSlice().getUnit()));
			if (switchCost > 0) {
				name.append(" switch ").append(written(spec.getSwitchCost().getValue(), spec.getSwitchCost().getUnit()));
			}
			yield () -> new RoundRobinScheduler(slice, switchCost);
		}
		};
		if (preemptive && (spec.getKind() == org.aiaas.model.SchedulerKind.PRIORITY
				|| spec.getKind() == org.aiaas.model.SchedulerKind.EDF)) {
			name.append(" preemptive");
		}
		if (predicted) {
			name.append(PredictorGain.PREDICTED_SUFFIX);
		}
		return new Plan.VariantPlan(name.toString(), scheduler, null, predicted);
	}

	private static String written(double value, String unit) {
		String number = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
		return unit == null || unit.isEmpty() ? number : number + " " + unit;
	}

	/**
	 * ρ = Σ λ·E[S] / slots per node; ≥ 1 means the queue grows without bound or requests are lost.
	 * Also names the nodes where LLM and other requests meet, which the engine serves independently.
	 */
	private static List<String> loadWarnings(Scenario scenario, List<Plan.WorkloadPlan> workloads,
			List<Plan.NodePlan> plans) {
		double[] offered = new double[plans.size()];
		for (int w = 0; w < workloads.size(); w++) {
			Plan.WorkloadPlan workload = workloads.get(w);
			OptionalDouble rate = Moments.meanRate(scenario.getWorkloads().get(w).getArrivals());
			if (workload.node() >= 0 && rate.isPresent()) {
				offered[workload.node()] += rate.getAsDouble() * workload.service().mean(workload.node());
			}
		}
		List<String> warnings = new ArrayList<>();
		boolean[] servesLlm = new boolean[offered.length];
		boolean[] servesOther = new boolean[offered.length];
		for (Plan.WorkloadPlan workload : workloads) {
			for (int node : workload.candidates()) {
				if (workload.service() instanceof LlmServiceModel) {
					servesLlm[node] = true;
				} else {
					servesOther[node] = true;
				}
			}
		}
		List<String> shared = new ArrayList<>();
		for (int i = 0; i < offered.length; i++) {
			if (servesLlm[i] && servesOther[i]) {
				shared.add(plans.get(i).name());
			}
		}
		if (!shared.isEmpty()) {
			warnings.add((shared.size() == 1 ? "node " + shared.get(0) + " can" : "nodes " + String.join(", ", shared) + " can")
					+ " receive both LLM and other requests; in this model they do not take time from each other (as if"
					+ " each had the node's accelerators to itself), so such a node's capacity is overstated");
		}
		for (int i = 0; i < offered.length; i++) {
			Plan.NodePlan plan = plans.get(i);
			double rho = offered[i] / plan.slots();
			if (rho >= 1) {
				warnings.add(String.format(Locale.ROOT, plan.waitingPlaces() == Integer.MAX_VALUE
						? "unstable: node %s is offered ρ = %.2f ≥ 1; its queue grows without bound, so waiting and"
								+ " response times grow with the run length"
						: "overloaded: node %s is offered ρ = %.2f ≥ 1; at least %.0f %% of its requests are lost",
						plan.name(), rho, 100 * (1 - 1 / rho)));
			}
			if (plan.waitingPlaces() == 0) {
				warnings.add("node " + plan.name() + " has 'queue 0': every request that finds all " + plan.slots()
						+ " slot(s) busy is lost");
			}
		}
		return warnings;
	}
}
