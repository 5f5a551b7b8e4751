package org.aiaas.sim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.aiaas.model.Cell;
import org.aiaas.model.DeviceGroup;
import org.aiaas.model.Link;
import org.aiaas.model.Modulation;
import org.aiaas.model.Node;
import org.aiaas.model.NodeKind;
import org.aiaas.model.Scenario;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.sim.radio.BandTable;
import org.aiaas.sim.radio.CqiTable;
import org.aiaas.sim.radio.Environment;
import org.aiaas.sim.radio.FrequencyRange;
import org.aiaas.sim.radio.LinkBudget;
import org.aiaas.sim.radio.NrBand;
import org.aiaas.sim.radio.PeakRate;
import org.aiaas.sim.radio.PrbTable;
import org.aiaas.sim.radio.Slot;
import org.aiaas.sim.radio.TddPattern;

/**
 * Compiles cells, device groups and links. Defaults where the scenario is silent (documented in
 * docs/simulation.md): numerology 1 (FR1) or 3 (FR2); 2 downlink layers, 1 uplink layer; the
 * 256QAM CQI table; gNB 46 dBm, device 23 dBm (power class 3); noise figure 5 dB at the gNB and
 * 9 dB at the device; UMa path loss; pattern "DDDSU" on TDD bands; devices 10 m .. 500 m.
 */
final class NetworkCompiler {

	static final double DEFAULT_CELL_TX_DBM = 46;
	static final double DEFAULT_DEVICE_TX_DBM = 23;
	static final double DEFAULT_CELL_NOISE_FIGURE_DB = 5;
	static final double DEVICE_NOISE_FIGURE_DB = 9;
	static final int DEFAULT_DOWNLINK_LAYERS = 2;
	static final double DEFAULT_MIN_DISTANCE_M = 10;
	static final double DEFAULT_MAX_DISTANCE_M = 500;

	private NetworkCompiler() {
	}

	static NetworkPlan compile(Scenario scenario, List<Node> nodes, Map<Node, Integer> nodeIndex) {
		int n = nodes.size();
		double[][] latency = new double[n][n];
		double[][] perByte = new double[n][n];
		int[][][] paths = new int[n][n][];
		List<NetworkPlan.LinkPlan> links = new ArrayList<>();
		shortestPaths(scenario.getLinks(), nodeIndex, latency, perByte, paths, links);
		boolean[] edge = new boolean[n];
		double[] price = new double[n];
		for (int i = 0; i < n; i++) {
			edge[i] = nodes.get(i).getKind() == NodeKind.EDGE;
			price[i] = nodes.get(i).getPrice() == null ? 0 : QuantityKind.toBase(nodes.get(i).getPrice());
		}
		List<CellPlan> cells = new ArrayList<>();
		for (Cell cell : scenario.getCells()) {
			cells.add(cell(cell, nodeIndex, maxDevices(cell, scenario)));
		}
		List<NetworkPlan.GroupPlan> groups = new ArrayList<>();
		for (DeviceGroup group : scenario.getDeviceGroups()) {
			int cell = scenario.getCells().indexOf(group.getCell());
			double count = QuantityKind.toBase(group.getCount());
			double low = group.getDistance() == null ? DEFAULT_MIN_DISTANCE_M : QuantityKind.toBase(group.getDistance().getLow());
			double high = group.getDistance() == null ? DEFAULT_MAX_DISTANCE_M
					: QuantityKind.toBase(group.getDistance().getHigh());
			if (count > 10_000_000) {
				throw new ScenarioException("device group " + group.getName() + " has " + (long) count
						+ " devices; the engine simulates at most 10,000,000 per group");
			}
			groups.add(new NetworkPlan.GroupPlan(group.getName(), cell, (int) count, low, high));
		}
		return new NetworkPlan(List.copyOf(cells), List.copyOf(groups), latency, perByte, edge, price, List.copyOf(links),
				paths);
	}

	/**
	 * The cell's 'maxdevices', else the IMT-2020 density of 10^6 devices/km² over the disc that
	 * holds its device groups (radius: their largest distance).
	 */
	private static long maxDevices(Cell cell, Scenario scenario) {
		if (cell.isSetMaxDevices()) {
			return cell.getMaxDevices();
		}
		double radius = 0;
		for (DeviceGroup group : scenario.getDeviceGroups()) {
			if (group.getCell() == cell) {
				radius = Math.max(radius, group.getDistance() == null ? DEFAULT_MAX_DISTANCE_M
						: QuantityKind.toBase(group.getDistance().getHigh()));
			}
		}
		return (long) Math.floor(CellPlan.IMT2020_DEVICES_PER_M2 * Math.PI * radius * radius);
	}

	private static CellPlan cell(Cell cell, Map<Node, Integer> nodeIndex, long maxDevices) {
		String name = cell.getName();
		NrBand band = cell.getBand() == null ? null : BandTable.find(cell.getBand()).orElseThrow(
				() -> new ScenarioException("cell " + name + ": band " + cell.getBand()
						+ " is not in the band table; give its carrier with 'frequency', e.g. frequency 3.5 GHz"));
		double carrier = cell.getFrequency() != null ? QuantityKind.toBase(cell.getFrequency()) : band.carrierHz();
		FrequencyRange range = band != null ? band.range() : carrier > 7.125e9 ? FrequencyRange.FR2 : FrequencyRange.FR1;
		int mu = cell.isSetNumerology() ? cell.getNumerology() : range == FrequencyRange.FR1 ? 1 : 3;
		double bandwidth = QuantityKind.toBase(cell.getBandwidth());
		int prbs = PrbTable.prbs(range, bandwidth, mu).orElseThrow(() -> new ScenarioException("cell " + name + ": "
				+ bandwidth / 1e6 + " MHz at numerology " + mu + " (" + (15 << mu) + " kHz) is not an NR channel of "
				+ range + " (TS 38.101 Table 5.3.2-1)"));
		TddPattern pattern = cell.getTdd() != null ? new TddPattern(cell.getTdd())
				: band != null && band.tdd() ? new TddPattern("DDDSU") : TddPattern.fdd();
		int layers = cell.isSetLayers() ? cell.getLayers() : DEFAULT_DOWNLINK_LAYERS;
		CqiTable table = cell.isSetModulation() && cell.getModulation() != Modulation.QAM256 ? CqiTable.QAM64
				: CqiTable.QAM256;
		int qm = cell.isSetModulation() ? switch (cell.getModulation()) {
		case QPSK -> 2;
		case QAM16 -> 4;
		case QAM64 -> 6;
		case QAM256 -> 8;
		} : 8;
		double txDbm = cell.getTxPower() == null ? DEFAULT_CELL_TX_DBM
				: 10 * Math.log10(QuantityKind.toBase(cell.getTxPower()) * 1000);
		double noiseFigure = cell.getNoiseFigure() == null ? DEFAULT_CELL_NOISE_FIGURE_DB
				: QuantityKind.toBase(cell.getNoiseFigure());
		double symbolsPerSecond = 14 * (1 << mu) / 1e-3;
		double peakDl = PeakRate.bitsPerSecond(layers, qm, 1, prbs, mu, PeakRate.overhead(range, true))
				* pattern.downlinkShare();
		double peakUl = PeakRate.bitsPerSecond(1, Math.min(qm, 8), 1, prbs, mu, PeakRate.overhead(range, false))
				* pattern.uplinkShare();
		Environment environment = cell.isSetPathloss() ? Environment.valueOf(cell.getPathloss().name())
				: Environment.UMA;
		return new CellPlan(name, nodeIndex.get(cell.getBackhaul()),
				cell.getBackhaulLatency() == null ? 0 : QuantityKind.toBase(cell.getBackhaulLatency()), environment,
				carrier, bandwidth, prbs * 12 * symbolsPerSecond, pattern.downlinkShare(), pattern.uplinkShare(),
				PeakRate.overhead(range, true), PeakRate.overhead(range, false), layers, table, txDbm,
				DEFAULT_DEVICE_TX_DBM, LinkBudget.noiseDbm(bandwidth, noiseFigure),
				LinkBudget.noiseDbm(bandwidth, DEVICE_NOISE_FIGURE_DB), Slot.seconds(mu), peakDl, peakUl, maxDevices);
	}

	/**
	 * Dijkstra by latency from every node over undirected links; fills latency, seconds per byte
	 * and the links of each path (in travel order), and lists the links the engine uses.
	 */
	private static void shortestPaths(List<Link> links, Map<Node, Integer> nodeIndex, double[][] latency,
			double[][] perByte, int[][][] paths, List<NetworkPlan.LinkPlan> linkPlans) {
		int n = latency.length;
		List<List<double[]>> adjacent = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			adjacent.add(new ArrayList<>());
		}
		for (Link link : links) {
			Integer a = nodeIndex.get(link.getSource());
			Integer b = nodeIndex.get(link.getTarget());
			if (a == null || b == null) {
				continue;
			}
			double lat = link.getLatency() == null ? 0 : QuantityKind.toBase(link.getLatency());
			double bandwidth = QuantityKind.toBase(link.getBandwidth());
			double loss = link.getLoss() == null ? 0 : QuantityKind.toBase(link.getLoss());
			if (!(loss >= 0 && loss < 1)) {
				throw new ScenarioException("link " + link.getSource().getName() + " -> " + link.getTarget().getName()
						+ ": 'loss' is a probability below 100 %, found " + loss * 100 + " %");
			}
			int index = linkPlans.size();
			linkPlans.add(new NetworkPlan.LinkPlan(link.getSource().getName() + " -> " + link.getTarget().getName(),
					bandwidth, lat, loss));
			adjacent.get(a).add(new double[] { b, lat, 1 / bandwidth, index });
			adjacent.get(b).add(new double[] { a, lat, 1 / bandwidth, index });
		}
		for (int source = 0; source < n; source++) {
			double[] dist = latency[source];
			double[] bytes = perByte[source];
			int[] previous = new int[n];
			int[] via = new int[n];
			Arrays.fill(previous, -1);
			Arrays.fill(dist, Double.POSITIVE_INFINITY);
			dist[source] = 0;
			PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[1], y[1]));
			queue.add(new double[] { source, 0 });
			while (!queue.isEmpty()) {
				double[] top = queue.poll();
				int u = (int) top[0];
				if (top[1] > dist[u]) {
					continue;
				}
				for (double[] edge : adjacent.get(u)) {
					int v = (int) edge[0];
					double candidate = dist[u] + edge[1];
					if (candidate < dist[v]) {
						dist[v] = candidate;
						bytes[v] = bytes[u] + edge[2];
						previous[v] = u;
						via[v] = (int) edge[3];
						queue.add(new double[] { v, candidate });
					}
				}
			}
			for (int target = 0; target < n; target++) {
				List<Integer> hops = new ArrayList<>();
				for (int at = target; at != source && previous[at] >= 0; at = previous[at]) {
					hops.add(0, via[at]);
				}
				paths[source][target] = hops.stream().mapToInt(Integer::intValue).toArray();
			}
		}
	}
}
