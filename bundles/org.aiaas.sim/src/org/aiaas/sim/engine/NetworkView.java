package org.aiaas.sim.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.aiaas.model.Cell;
import org.aiaas.model.Node;
import org.aiaas.model.Scenario;

/**
 * The scenario's network as the engine compiles it, for planning tools outside the event loop
 * (federated training rounds): what a device of a cell achieves at a distance, and how long bytes
 * take between nodes. Same defaults and formulas as a simulation run (docs/simulation.md), but
 * nothing is drawn: see {@link #expectedRatesBps}.
 */
public final class NetworkView {

	private final NetworkPlan plan;
	private final Map<Node, Integer> nodeIndex;
	private final List<Cell> cells;

	private NetworkView(NetworkPlan plan, Map<Node, Integer> nodeIndex, List<Cell> cells) {
		this.plan = plan;
		this.nodeIndex = nodeIndex;
		this.cells = cells;
	}

	/**
	 * Compiles the cells, device groups and links of {@code scenario}.
	 *
	 * @throws ScenarioException when a cell cannot be compiled (unknown band, channel not in the tables)
	 */
	public static NetworkView of(Scenario scenario) {
		Objects.requireNonNull(scenario, "the scenario");
		List<Node> nodes = new ArrayList<>(scenario.getNodes());
		Map<Node, Integer> index = new HashMap<>();
		for (Node node : nodes) {
			index.put(node, index.size());
		}
		for (Cell cell : scenario.getCells()) {
			if (cell.getBackhaul() == null || !index.containsKey(cell.getBackhaul())) {
				throw new ScenarioException("cell " + cell.getName() + " needs a 'backhaul' node of this scenario");
			}
		}
		return new NetworkView(NetworkCompiler.compile(scenario, nodes, index), index, List.copyOf(scenario.getCells()));
	}

	/**
	 * {uplink, downlink} rates in bits/s of one device alone in {@code cell} at {@code distanceM}
	 * metres: shadowing at its median and the line-of-sight and non-line-of-sight rates weighted
	 * by the TR 38.901 LOS probability; 0 = out of coverage.
	 */
	public double[] expectedRatesBps(Cell cell, double distanceM) {
		return cellPlan(cell).expectedRates(distanceM);
	}

	/** One-way seconds from the cell to its backhaul node ({@code backhaul … latency}). */
	public double backhaulLatencyS(Cell cell) {
		return cellPlan(cell).backhaulLatency();
	}

	/**
	 * Seconds to move {@code bytes} from one node to another along the lowest-latency path of
	 * links: each hop's latency plus serialisation at its bandwidth (links are not congested); 0 for
	 * the same node, +∞ when no path exists.
	 */
	public double transferS(Node from, Node to, double bytes) {
		int a = index(from);
		int b = index(to);
		return plan.reachable(a, b) ? plan.transfer(a, b, bytes) : Double.POSITIVE_INFINITY;
	}

	private CellPlan cellPlan(Cell cell) {
		int i = cells.indexOf(cell);
		if (i < 0) {
			throw new IllegalArgumentException("cell " + cell.getName() + " is not in this scenario");
		}
		return plan.cells().get(i);
	}

	private int index(Node node) {
		Integer i = nodeIndex.get(node);
		if (i == null) {
			throw new IllegalArgumentException("node " + node.getName() + " is not in this scenario");
		}
		return i;
	}
}
