package org.aiaas.sim.engine;

import java.util.List;

/**
 * The network of a scenario compiled for the engine: cells, device groups, and the fixed cost of
 * moving bytes between nodes over the links (shortest path by latency; links are not congested:
 * each hop costs its latency plus serialisation at its bandwidth, and may lose the transfer).
 *
 * @param cells          every cell
 * @param groups         every device group
 * @param latency        one-way propagation seconds from node a to node b (+∞ if unreachable)
 * @param secondsPerByte serialisation seconds per byte along that path
 * @param edge           whether each node is an edge node (else cloud or device)
 * @param pricePerSecond price of holding each node, $/s
 * @param links          every link between two simulated nodes, in scenario order
 * @param paths          the links from node a to node b in travel order (empty for a = b or unreachable)
 */
record NetworkPlan(List<CellPlan> cells, List<GroupPlan> groups, double[][] latency, double[][] secondsPerByte,
		boolean[] edge, double[] pricePerSecond, List<LinkPlan> links, int[][][] paths) {

	/**
	 * A link: {@code bytesPerSecond} of bandwidth, one-way {@code latency} seconds, and the
	 * probability {@code loss} that a transfer over it is lost.
	 */
	record LinkPlan(String name, double bytesPerSecond, double latency, double loss) {
	}

	/** A device group: {@code count} devices in a cell, spread over distances low..high. */
	record GroupPlan(String name, int cell, int count, double lowMeters, double highMeters) {
	}

	/** Seconds to move {@code bytes} from node a to node b (0 for a = b). */
	double transfer(int from, int to, double bytes) {
		return from == to ? 0 : latency[from][to] + bytes * secondsPerByte[from][to];
	}

	boolean reachable(int from, int to) {
		return from == to || latency[from][to] < Double.POSITIVE_INFINITY;
	}

	static NetworkPlan empty(int nodes) {
		int[][][] paths = new int[nodes][nodes][];
		for (int[][] row : paths) {
			java.util.Arrays.fill(row, new int[0]);
		}
		return new NetworkPlan(List.of(), List.of(), new double[nodes][nodes], new double[nodes][nodes],
				new boolean[nodes], new double[nodes], List.of(), paths);
	}
}
