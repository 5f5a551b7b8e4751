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
import org.aiaas.model.PoissonArrivals;
import org.aiaas.model.Scenario;
import org.aiaas.model.SchedulerComparison;
import org.aiaas.model.SchedulerSpec;
import org.aiaas.model.TraceArrivals;
import org.aiaas.model.Workload;
import org.aiaas.model.analysis.Capacity;
import org.aiaas.model.analysis.Moments;
import org.aiaas.model.units.QuantityKind;
import org.eclipse.emf.common.util.URI;

/**
 * Compiles a validated scenario into a {@link Plan}. Defaults, documented in docs/simulation.md:
 * duration 10 min, warm-up 10 % of the duration, 5 replications, 95 % confidence, seed 1,
 * scheduler fcfs.
 */
public final class PlanCompiler {

	static final double DEFAULT_DURATION_S = 600;
	static final double DEFAULT_WARMUP_SHARE = 0.1;
	static final int DEFAULT_REPLICATIONS = 5;
	static final double DEFAULT_CONFIDENCE = 0.95;
	static final long DEFAULT_SEED = 1;

	private PlanCompiler() {
	}

	public static Plan compile(Scenario scenario, RunOptions options) {
		if (scenario.isLibrary()) {
			throw new ScenarioException(scenario.getName() + " is a library; only a scenario can be run");
		}
		if (scenario.getWorkloads().isEmpty()) {
			throw new ScenarioException("scenario " + scenario.getName()
					+ " has no workload: there is nothing to simulate (training jobs run with 'aiaas train')");
		}
		List<Node> nodes = new ArrayList<>(scenario.getNodes());
		Map<Node, Integer> nodeIndex = new HashMap<>();
		List<Plan.NodePlan> nodePlans = new ArrayList<>();
		for (Node node : nodes) {
			nodeIndex.put(node, nodePlans.size());
			nodePlans.add(new Plan.NodePlan(node.getName(), Capacity.slots(node), Capacity.waitingPlaces(node)));
		}
		Map<String, Integer> tenants = new LinkedHashMap<>();
		List<Plan.WorkloadPlan> workloads = new ArrayList<>();
		for (Workload workload : scenario.getWorkloads()) {
			workloads.add(workload(workload, nodeIndex, tenants));
		}
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
		warnings.addAll(loadWarnings(scenario, nodes, nodePlans));
		return new Plan(scenario.getName(), List.copyOf(nodePlans), List.copyOf(workloads), List.copyOf(variants),
				List.copyOf(tenants.keySet()), duration, warmup, replications, confidence, seed, List.copyOf(warnings),
				SizeEstimator.DECLARED);
	}

	private static Plan.WorkloadPlan workload(Workload workload, Map<Node, Integer> nodeIndex,
			Map<String, Integer> tenants) {
		String name = workload.getName();
		if (workload.getTarget() == null) {
			throw new ScenarioException("workload " + name + " comes from device group "
					+ (workload.getSource() == null ? "?" : workload.getSource().getName())
					+ ": requests that cross the 5G network need the radio and transport model, which is not"
					+ " implemented yet; write 'workload " + name + " at NODE' to simulate it as a queue at a node");
		}
		if (workload.getService() == null) {
			throw new ScenarioException("workload " + name + " has no 'service' time: service times derived from the"
					+ " model and the hardware (roofline) are not implemented yet; give it e.g. 'service exponential 100 ms'");
		}
		Integer node = nodeIndex.get(workload.getTarget());
		if (node == null) {
			throw new ScenarioException("workload " + name + " arrives at node " + workload.getTarget().getName()
					+ ", which is declared in an imported file; declare the node in the scenario itself to simulate it");
		}
		double deadline = workload.getDeadline() == null ? Double.POSITIVE_INFINITY
				: QuantityKind.toBase(workload.getDeadline());
		int tenant = tenants.computeIfAbsent(workload.getTenant() == null ? "" : workload.getTenant(),
				t -> tenants.size());
		return new Plan.WorkloadPlan(name, node, arrivals(workload), Samplers.of(workload.getService()), deadline,
				workload.isSetPriority() ? workload.getPriority() : 0, tenant);
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

	private static List<Plan.VariantPlan> variants(Scenario scenario, List<String> warnings) {
		List<Plan.VariantPlan> variants = new ArrayList<>();
		scenario.getComparisons().forEach(comparison -> {
			if (comparison instanceof SchedulerComparison schedulers) {
				schedulers.getSchedulers().forEach(spec -> variants.add(variant(spec)));
			} else {
				warnings.add("'compare placement' has no effect yet: every workload arrives at its node directly;"
						+ " placement decides only for workloads that come from device groups");
			}
		});
		if (variants.isEmpty()) {
			variants.add(scenario.getScheduler() == null ? new Plan.VariantPlan("fcfs", FcfsScheduler::new)
					: variant(scenario.getScheduler()));
		}
		return variants;
	}

	/** "fcfs", "rr slice 10 ms", "priority preemptive" — readable and unique per configuration. */
	static Plan.VariantPlan variant(SchedulerSpec spec) {
		if (spec.isSetSizes() && spec.getSizes() == org.aiaas.model.SizeSource.PREDICTED) {
			throw new ScenarioException("'sizes predicted' needs a service-time predictor trained by 'aiaas train', which"
					+ " is not implemented yet; use 'sizes declared' (the true sizes) until then");
		}
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
		return new Plan.VariantPlan(name.toString(), scheduler);
	}

	private static String written(double value, String unit) {
		String number = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
		return unit == null || unit.isEmpty() ? number : number + " " + unit;
	}

	/** ρ = Σ λ·E[S] / slots per node; ≥ 1 means the queue grows without bound or requests are lost. */
	private static List<String> loadWarnings(Scenario scenario, List<Node> nodes, List<Plan.NodePlan> plans) {
		double[] offered = new double[nodes.size()];
		for (Workload workload : scenario.getWorkloads()) {
			int node = nodes.indexOf(workload.getTarget());
			OptionalDouble rate = Moments.meanRate(workload.getArrivals());
			OptionalDouble service = Moments.mean(workload.getService());
			if (node >= 0 && rate.isPresent() && service.isPresent()) {
				offered[node] += rate.getAsDouble() * service.getAsDouble();
			}
		}
		List<String> warnings = new ArrayList<>();
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
