package org.aiaas.sim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aiaas.model.Accelerator;
import org.aiaas.model.ArrivalProcess;
import org.aiaas.model.Cell;
import org.aiaas.model.ConstantArrivals;
import org.aiaas.model.DeviceGroup;
import org.aiaas.model.AiaasFactory;
import org.aiaas.model.NamedElement;
import org.aiaas.model.Node;
import org.aiaas.model.OnOffArrivals;
import org.aiaas.model.PoissonArrivals;
import org.aiaas.model.Quantity;
import org.aiaas.model.Scenario;
import org.aiaas.model.Sweep;
import org.aiaas.model.Workload;
import org.aiaas.model.units.Dimension;
import org.aiaas.model.units.Units;
import org.aiaas.sim.api.SweepValue;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Turns the sweeps of a scenario into one {@link Plan} per sweep point: every combination of the
 * swept values (the first sweep varies slowest), each applied to a copy of the EMF scenario
 * ({@link EcoreUtil#copy}) and compiled as usual, so that everything derived from the parameter
 * (capacity, load warnings, compute, radio) follows it. The variants of a point are the compared
 * policies, named "fcfs · region1.slots=256". Random streams depend on the seed, replication and
 * workload only, so all points and policies see the same arrivals (common random numbers).
 */
public final class SweepCompiler {

	/** What a sweep may vary and the dimension of its values; the same table as the validator's. */
	private static final Map<String, Dimension> WORKLOAD = Map.of("rate", Dimension.EVENT_RATE, "deadline",
			Dimension.TIME);
	private static final Map<String, Dimension> NODE = Map.of("slots", Dimension.COUNT, "queue", Dimension.COUNT,
			"price", Dimension.MONEY_RATE);
	private static final Map<String, Dimension> GROUP = Map.of("count", Dimension.COUNT);
	private static final Map<String, Dimension> CELL = Map.of("bandwidth", Dimension.FREQUENCY, "latency",
			Dimension.TIME);
	private static final Map<String, Dimension> ACCELERATOR = Map.of("memory", Dimension.DATA, "bandwidth",
			Dimension.DATA_RATE);

	private SweepCompiler() {
	}

	/** One plan per sweep point; the scenario's own plan when it sweeps nothing. */
	public static List<Plan> compile(Scenario scenario, RunOptions options) {
		if (scenario.getSweeps().isEmpty()) {
			return List.of(PlanCompiler.compile(scenario, options));
		}
		List<List<Quantity>> valuesPerSweep = new ArrayList<>();
		for (Sweep sweep : scenario.getSweeps()) {
			valuesPerSweep.add(values(sweep));
		}
		List<Plan> plans = new ArrayList<>();
		for (int[] point : combinations(valuesPerSweep)) {
			Scenario copy = copyOf(scenario);
			List<SweepValue> applied = new ArrayList<>();
			for (int s = 0; s < point.length; s++) {
				Sweep original = scenario.getSweeps().get(s);
				Quantity value = valuesPerSweep.get(s).get(point[s]);
				apply(original, copy.getSweeps().get(s).getTarget(), copy, value);
				applied.add(new SweepValue(original.getTarget().getName() + "." + original.getParameter(),
						value.getValue(), value.getUnit() == null ? "" : value.getUnit()));
			}
			copy.getSweeps().clear();
			Plan plan = PlanCompiler.compile(copy, options);
			String suffix = String.join(" · ", applied.stream().map(SweepValue::label).toList());
			plans.add(plan.withVariants(plan.variants().stream()
					.map(v -> new Plan.VariantPlan(v.name() + " · " + suffix, v.scheduler(), v.placement(),
							v.predictedSizes(), List.copyOf(applied)))
					.toList()));
		}
		return plans;
	}

	/** A copy in a resource of the same URI, so that relative trace files resolve as before. */
	private static Scenario copyOf(Scenario scenario) {
		Scenario copy = EcoreUtil.copy(scenario);
		Resource holder = new ResourceImpl(scenario.eResource() == null ? null : scenario.eResource().getURI());
		holder.getContents().add(copy);
		return copy;
	}

	/** Indices of every combination, the first sweep varying slowest. */
	private static List<int[]> combinations(List<List<Quantity>> valuesPerSweep) {
		List<int[]> points = new ArrayList<>();
		points.add(new int[0]);
		for (List<Quantity> values : valuesPerSweep) {
			List<int[]> longer = new ArrayList<>();
			for (int[] prefix : points) {
				for (int i = 0; i < values.size(); i++) {
					int[] point = java.util.Arrays.copyOf(prefix, prefix.length + 1);
					point[prefix.length] = i;
					longer.add(point);
				}
			}
			points = longer;
		}
		return points;
	}

	/**
	 * The listed values, or {@code steps} values evenly spaced from start to end, written in the
	 * start's unit.
	 */
	static List<Quantity> values(Sweep sweep) {
		if (sweep.getFrom() == null) {
			return sweep.getValues().stream().map(EcoreUtil::copy).toList();
		}
		if (sweep.getTo() == null || !sweep.isSetSteps() || sweep.getSteps() < 2) {
			throw new ScenarioException("sweep " + where(sweep) + ": a range needs an end and 'steps' of at least 2");
		}
		Dimension dimension = dimension(sweep, sweep.getTarget());
		String unit = sweep.getFrom().getUnit() == null ? "" : sweep.getFrom().getUnit();
		double start = sweep.getFrom().getValue();
		double end = Units.toBase(sweep.getTo().getValue(), sweep.getTo().getUnit(), dimension)
				/ Units.toBase(1, unit, dimension);
		List<Quantity> values = new ArrayList<>();
		int steps = sweep.getSteps();
		for (int i = 0; i < steps; i++) {
			Quantity value = AiaasFactory.eINSTANCE.createQuantity();
			double x = i == steps - 1 ? end : start + i * (end - start) / (steps - 1);
			value.setValue(x);
			value.setUnit(sweep.getFrom().getUnit());
			values.add(value);
		}
		return values;
	}

	private static Dimension dimension(Sweep sweep, NamedElement target) {
		Map<String, Dimension> table = target instanceof Workload ? WORKLOAD : target instanceof Node ? NODE
				: target instanceof DeviceGroup ? GROUP : target instanceof Cell ? CELL
						: target instanceof Accelerator ? ACCELERATOR : Map.of();
		Dimension dimension = table.get(sweep.getParameter());
		if (dimension == null) {
			throw new ScenarioException("sweep " + where(sweep) + ": the engine cannot vary '" + sweep.getParameter()
					+ "' of " + target.getName() + "; it sweeps a workload's rate and deadline, a node's slots,"
					+ " queue and price, a device group's count, a cell's bandwidth and latency, an accelerator's"
					+ " memory and bandwidth");
		}
		return dimension;
	}

	/** Sets {@code value} on the copied target, which must belong to the copied scenario. */
	private static void apply(Sweep sweep, NamedElement target, Scenario copy, Quantity value) {
		if (target == null || target.eIsProxy() || !EcoreUtil.isAncestor(copy, target)) {
			throw new ScenarioException("sweep " + where(sweep) + ": " + sweep.getTarget().getName()
					+ " is declared in an imported file; declare it in the scenario to sweep it");
		}
		Dimension dimension = dimension(sweep, target);
		String unit = value.getUnit() == null ? "" : value.getUnit();
		if (Units.find(unit, dimension).isEmpty()) {
			throw new ScenarioException("sweep " + where(sweep) + ": '" + unit + "' is not " + dimension.description());
		}
		Quantity quantity = EcoreUtil.copy(value);
		switch (sweep.getParameter()) {
		case "rate" -> setRate(sweep, ((Workload) target).getArrivals(), quantity);
		case "deadline" -> ((Workload) target).setDeadline(quantity);
		case "slots" -> ((Node) target).setSlots(whole(sweep, value, 1));
		case "queue" -> ((Node) target).setQueue(whole(sweep, value, 0));
		case "price" -> ((Node) target).setPrice(quantity);
		case "count" -> {
			whole(sweep, value, 1);
			((DeviceGroup) target).setCount(quantity);
		}
		case "memory" -> ((Accelerator) target).setMemory(quantity);
		case "bandwidth" -> {
			if (target instanceof Accelerator accelerator) {
				accelerator.setBandwidth(quantity);
			} else {
				((Cell) target).setBandwidth(quantity);
			}
		}
		case "latency" -> ((Cell) target).setBackhaulLatency(quantity);
		default -> throw new ScenarioException("sweep " + where(sweep) + ": cannot vary '" + sweep.getParameter() + "'");
		}
	}

	private static void setRate(Sweep sweep, ArrivalProcess arrivals, Quantity rate) {
		if (arrivals instanceof PoissonArrivals poisson) {
			poisson.setRate(rate);
		} else if (arrivals instanceof ConstantArrivals constant) {
			constant.setRate(rate);
		} else if (arrivals instanceof OnOffArrivals onOff) {
			onOff.setRate(rate);
		} else {
			throw new ScenarioException("sweep " + where(sweep) + ": workload " + sweep.getTarget().getName()
					+ " has no arrival rate to vary (a trace has none); give it poisson, constant or onoff arrivals");
		}
	}

	private static int whole(Sweep sweep, Quantity value, int least) {
		double x = value.getValue();
		if (x != Math.rint(x) || x < least || x > Integer.MAX_VALUE) {
			throw new ScenarioException("sweep " + where(sweep) + ": " + new SweepValue("", x, "").text()
					+ " is not a whole number of at least " + least + "; choose values (or start, end and steps)"
					+ " that give whole numbers");
		}
		return (int) x;
	}

	/** "region1.slots", the sweep as written. */
	private static String where(Sweep sweep) {
		return (sweep.getTarget() == null ? "?" : sweep.getTarget().getName()) + "." + sweep.getParameter();
	}
}
