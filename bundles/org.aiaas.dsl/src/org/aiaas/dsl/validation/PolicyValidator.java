package org.aiaas.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.aiaas.model.Accelerator;
import org.aiaas.model.Cell;
import org.aiaas.model.DeviceGroup;
import org.aiaas.model.Link;
import org.aiaas.model.NamedElement;
import org.aiaas.model.Node;
import org.aiaas.model.PlacementComparison;
import org.aiaas.model.PlacementKind;
import org.aiaas.model.Quantity;
import org.aiaas.model.Scenario;
import org.aiaas.model.SchedulerComparison;
import org.aiaas.model.SchedulerKind;
import org.aiaas.model.SchedulerSpec;
import org.aiaas.model.Sweep;
import org.aiaas.model.Workload;
import org.aiaas.model.units.Dimension;
import org.aiaas.model.units.Units;
import org.eclipse.xtext.validation.Check;

/**
 * Run settings, schedulers, comparisons and sweeps are consistent, and a library holds only
 * catalogue entries.
 */
public class PolicyValidator extends AiaasCheckBase {

	/** What a sweep may vary, per element type, with the dimension of its values. */
	private static final Map<Class<?>, Map<String, Dimension>> SWEEPABLE = Map.of(
			Workload.class, Map.of("rate", Dimension.EVENT_RATE, "deadline", Dimension.TIME),
			Node.class, Map.of("slots", Dimension.COUNT, "queue", Dimension.COUNT, "price", Dimension.MONEY_RATE),
			DeviceGroup.class, Map.of("count", Dimension.COUNT),
			Cell.class, Map.of("bandwidth", Dimension.FREQUENCY, "latency", Dimension.TIME),
			Link.class, Map.of("bandwidth", Dimension.DATA_RATE, "latency", Dimension.TIME),
			Accelerator.class, Map.of("memory", Dimension.DATA, "bandwidth", Dimension.DATA_RATE));

	@Check
	public void checkRunSettings(Scenario scenario) {
		if (scenario.isSetReplications() && scenario.getReplications() < 1) {
			error("'replications' must be at least 1, found " + scenario.getReplications(), scenario,
					P.getScenario_Replications(), IssueCodes.OUT_OF_RANGE);
		}
		OptionalDouble confidence = base(scenario.getConfidence());
		if (confidence.isPresent() && (confidence.getAsDouble() <= 0 || confidence.getAsDouble() >= 1)) {
			error("'confidence' is a level between 0 and 100 %, e.g. 'confidence 95 %'", scenario.getConfidence(),
					null, IssueCodes.OUT_OF_RANGE);
		}
		OptionalDouble duration = base(scenario.getDuration());
		OptionalDouble warmup = base(scenario.getWarmup());
		if (duration.isPresent() && warmup.isPresent() && warmup.getAsDouble() >= duration.getAsDouble()) {
			error("'warmup' must end before the run does: warm-up " + QuantityValidator.written(scenario.getWarmup())
					+ " ≥ duration " + QuantityValidator.written(scenario.getDuration()), scenario.getWarmup(), null,
					IssueCodes.INCONSISTENT);
		}
	}

	@Check
	public void checkLibraryContents(Scenario scenario) {
		if (!scenario.isLibrary()) {
			if (scenario.getWorkloads().isEmpty() && scenario.getTrainingJobs().isEmpty()) {
				warning("scenario " + scenario.getName()
						+ " has no workload and no training job: there is nothing to simulate", scenario,
						P.getNamedElement_Name(), IssueCodes.NOTHING_TO_RUN);
			}
			return;
		}
		List<? extends NamedElement> misplaced = scenario.getWorkloads().isEmpty() ? scenario.getTrainingJobs()
				: scenario.getWorkloads();
		for (NamedElement element : misplaced) {
			error("a library declares hardware, nodes, cells, links and models only; move "
					+ ElementNames.describe(element) + " into a scenario", element, P.getNamedElement_Name(),
					IssueCodes.NOT_IN_LIBRARY);
		}
		if (scenario.getScheduler() != null || scenario.isSetPlacement() || !scenario.getComparisons().isEmpty()
				|| !scenario.getSweeps().isEmpty() || scenario.isSetSeed() || scenario.getDuration() != null) {
			error("a library has no run settings, scheduler, placement, comparisons or sweeps; those belong in a scenario",
					scenario, P.getNamedElement_Name(), IssueCodes.NOT_IN_LIBRARY);
		}
	}

	@Check
	public void checkScheduler(SchedulerSpec scheduler) {
		SchedulerKind kind = scheduler.getKind();
		if (kind == SchedulerKind.RR && scheduler.getSlice() == null) {
			error("round robin needs a time slice, e.g. 'rr { slice 10 ms }'", scheduler, P.getSchedulerSpec_Kind(),
					IssueCodes.MISSING_PROPERTY);
		}
		if (kind != SchedulerKind.RR && scheduler.getSlice() != null) {
			warning("'slice' applies to rr only; " + kind.getLiteral() + " ignores it", scheduler,
					P.getSchedulerSpec_Slice(), IssueCodes.IGNORED);
		}
		if (kind != SchedulerKind.RR && scheduler.getSwitchCost() != null) {
			warning("'switch' (context-switch cost) applies to rr only; " + kind.getLiteral() + " ignores it",
					scheduler, P.getSchedulerSpec_SwitchCost(), IssueCodes.IGNORED);
		}
		if (scheduler.isSetSizes() && kind != SchedulerKind.SJF && kind != SchedulerKind.SRPT) {
			warning("'sizes' applies to sjf and srpt only; " + kind.getLiteral() + " ignores it", scheduler,
					P.getSchedulerSpec_Sizes(), IssueCodes.IGNORED);
		}
		if (scheduler.isSetPreemptive() && kind != SchedulerKind.PRIORITY && kind != SchedulerKind.EDF) {
			warning("'preemptive' applies to priority and edf; " + kind.getLiteral()
					+ (kind == SchedulerKind.FCFS || kind == SchedulerKind.SJF ? " never preempts"
							: " always preempts"), scheduler, P.getSchedulerSpec_Preemptive(), IssueCodes.IGNORED);
		}
		if (scheduler.isSetQueue() && scheduler.getQueue() < 0) {
			error("'queue' must be 0 or more", scheduler, P.getSchedulerSpec_Queue(), IssueCodes.OUT_OF_RANGE);
		}
	}

	@Check
	public void checkSchedulerComparison(SchedulerComparison comparison) {
		Set<String> seen = new HashSet<>();
		for (SchedulerSpec scheduler : comparison.getSchedulers()) {
			// "sjf sizes predicted" and "sjf" (true sizes) are different variants: the learned and the ideal.
			String key = scheduler.getKind().getLiteral() + (scheduler.getSlice() == null ? ""
					: " " + QuantityValidator.written(scheduler.getSlice()))
					+ (scheduler.isSetSizes() && scheduler.getSizes() == org.aiaas.model.SizeSource.PREDICTED
							? " sizes predicted" : "");
			if (!seen.add(key)) {
				warning("the comparison lists " + key + " twice", scheduler, P.getSchedulerSpec_Kind(),
						IssueCodes.INCONSISTENT);
			}
		}
	}

	@Check
	public void checkPlacementComparison(PlacementComparison comparison) {
		Set<PlacementKind> seen = new HashSet<>();
		for (int i = 0; i < comparison.getPlacements().size(); i++) {
			PlacementKind placement = comparison.getPlacements().get(i);
			if (!seen.add(placement)) {
				warning("the comparison lists " + placement.getLiteral() + " twice", comparison,
						P.getPlacementComparison_Placements(), i, IssueCodes.INCONSISTENT);
			}
		}
	}

	@Check
	public void checkSweep(Sweep sweep) {
		NamedElement target = sweep.getTarget();
		if (target == null || target.eIsProxy() || sweep.getParameter() == null) {
			return;
		}
		Map<String, Dimension> parameters = SWEEPABLE.entrySet().stream()
				.filter(e -> e.getKey().isInstance(target)).map(Map.Entry::getValue).findFirst().orElse(Map.of());
		Dimension dimension = parameters.get(sweep.getParameter());
		if (dimension == null) {
			String choices = parameters.isEmpty() ? "nothing of a " + ElementNames.kindOf(target.eClass())
					: String.join(", ", parameters.keySet().stream().sorted().toList());
			error("cannot sweep '" + sweep.getParameter() + "' of " + ElementNames.describe(target) + "; sweepable: "
					+ choices + Suggestions.didYouMean(sweep.getParameter(), parameters.keySet()), sweep,
					P.getSweep_Parameter(), IssueCodes.OUT_OF_RANGE);
			return;
		}
		sweepValues(sweep).forEach(value -> checkSweepValue(sweep, value, dimension));
		if (sweep.getFrom() != null && (!sweep.isSetSteps() || sweep.getSteps() < 2)) {
			error("a swept range needs 'steps' of at least 2 (the number of values from start to end)", sweep,
					P.getSweep_Steps(), IssueCodes.OUT_OF_RANGE);
		}
	}

	private static List<Quantity> sweepValues(Sweep sweep) {
		if (sweep.getFrom() != null) {
			return sweep.getTo() == null ? List.of(sweep.getFrom()) : List.of(sweep.getFrom(), sweep.getTo());
		}
		return sweep.getValues();
	}

	private void checkSweepValue(Sweep sweep, Quantity value, Dimension dimension) {
		String symbol = value.getUnit() == null ? "" : value.getUnit();
		if (Units.find(symbol, dimension).isEmpty()) {
			error("'" + QuantityValidator.written(value) + "' is not " + dimension.description() + " for '"
					+ sweep.getParameter() + "' (" + Units.symbolList(dimension) + ")", value, null,
					IssueCodes.WRONG_DIMENSION);
		} else if (Units.toBase(value.getValue(), symbol, dimension) <= 0
				&& !"queue".equals(sweep.getParameter()) && !"latency".equals(sweep.getParameter())) {
			error("swept values of '" + sweep.getParameter() + "' must be greater than 0", value, null,
					IssueCodes.OUT_OF_RANGE);
		}
	}
}
