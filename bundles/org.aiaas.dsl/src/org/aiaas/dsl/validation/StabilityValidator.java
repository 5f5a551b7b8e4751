package org.aiaas.dsl.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.aiaas.model.Node;
import org.aiaas.model.Scenario;
import org.aiaas.model.Workload;
import org.aiaas.model.analysis.Capacity;
import org.aiaas.model.analysis.Moments;
import org.eclipse.xtext.validation.Check;

/**
 * Warns when the load offered to a node reaches its capacity: with ρ = Σ λ·E[S] / slots ≥ 1 the
 * queue grows without bound (or, with a finite queue, at least 1 − 1/ρ of the requests are lost,
 * since a node cannot complete more than its capacity). Computed for workloads that arrive
 * directly at a node with an explicit service time; placement and the compute model decide the
 * rest at run time.
 */
public class StabilityValidator extends AiaasCheckBase {

	@Check
	public void checkOfferedLoad(Scenario scenario) {
		Map<Node, Double> offered = new LinkedHashMap<>();
		Map<Node, Workload> firstWorkload = new LinkedHashMap<>();
		for (Workload workload : scenario.getWorkloads()) {
			Node node = workload.getTarget();
			if (node == null || node.eIsProxy() || workload.getArrivals() == null || workload.getService() == null) {
				continue;
			}
			OptionalDouble rate = Moments.meanRate(workload.getArrivals());
			OptionalDouble meanService = Moments.mean(workload.getService());
			if (rate.isEmpty() || meanService.isEmpty()) {
				continue;
			}
			offered.merge(node, rate.getAsDouble() * meanService.getAsDouble(), Double::sum);
			firstWorkload.putIfAbsent(node, workload);
		}
		offered.forEach((node, load) -> {
			int capacity = Capacity.slots(node);
			double rho = load / capacity;
			if (rho >= 1) {
				String detail = String.format("node %s is offered ρ = %.2f (%.3g erlangs of work on %d slot%s)",
						node.getName(), rho, load, capacity, capacity == 1 ? "" : "s");
				String consequence = node.isSetQueue()
						? String.format("; with 'queue %d' at least %.0f %% of its requests will be lost",
								node.getQueue(), 100 * (1 - 1 / rho))
						: "; the queue grows without bound";
				Workload workload = firstWorkload.get(node);
				warning("unstable: " + detail + consequence, workload, P.getWorkload_Target(), IssueCodes.UNSTABLE);
			}
		});
	}

}
