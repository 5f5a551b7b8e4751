package org.aiaas.model.analysis;

import org.aiaas.model.AcceleratorAllocation;
import org.aiaas.model.Node;
import org.aiaas.model.Scenario;

/**
 * How many requests a node serves at once, and how many may wait: one rule shared by the
 * validator's load check, the hovers and the simulator.
 */
public final class Capacity {

	private Capacity() {
	}

	/** The node's 'slots', else one per accelerator, else one. */
	public static int slots(Node node) {
		if (node.isSetSlots() && node.getSlots() > 0) {
			return node.getSlots();
		}
		int accelerators = node.getAccelerators().stream().mapToInt(AcceleratorAllocation::getCount).sum();
		return Math.max(1, accelerators);
	}

	/**
	 * Waiting places (not counting those in service): the node's 'queue', else the scenario
	 * scheduler's 'queue', else unbounded ({@link Integer#MAX_VALUE}).
	 */
	public static int waitingPlaces(Node node) {
		if (node.isSetQueue()) {
			return Math.max(0, node.getQueue());
		}
		if (node.eContainer() instanceof Scenario scenario && scenario.getScheduler() != null
				&& scenario.getScheduler().isSetQueue()) {
			return Math.max(0, scenario.getScheduler().getQueue());
		}
		return Integer.MAX_VALUE;
	}
}
