package org.aiaas.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramEdge;
import org.aiaas.diagram.DiagramNode;
import org.aiaas.diagram.viewpoint.TopologyViewpoint;
import org.junit.jupiter.api.Test;

/** The boxes and lines of the examples' diagrams, counted by hand from the scenario files. */
class TopologyDiagramTest {

	@Test
	void edgeVsCloudHasOneCellTwoNodesAndTwoFlows() {
		Diagram diagram = Examples.diagram("edge-vs-cloud.aiaas");
		// cell gnb1; devices phones; nodes edge1, cloud1; gpus 1 x L4 and 8 x H100; model resnet50 on
		// both nodes (25.6 M params x 2 B = 51 MB fits the L4's 24 GB and the H100's 80 GB, and
		// cloud1 is reachable from gnb1's backhaul edge1 over the link): 1 + 1 + 2 + 2 + 2 = 8 boxes.
		assertEquals(Map.of("cell", 1, "devices", 1, "node", 2, "accelerator", 2, "model", 2), boxCounts(diagram));
		assertEquals(List.of("gnb1"), labels(diagram.nodes(TopologyViewpoint.CELL)));
		assertEquals(List.of("edge1", "cloud1"), labels(diagram.nodes(TopologyViewpoint.NODE)));
		assertEquals(List.of("1 × L4", "8 × H100"), labels(diagram.nodes(TopologyViewpoint.ACCELERATOR)));
		// backhaul gnb1 -> edge1 (latency 1 ms), link edge1 -> cloud1 (10 Gbps, 20 ms), and the
		// workload vision (poisson 30 /s) to resnet50 on each of the two nodes: 4 lines.
		assertEquals(List.of("backhaul gnb1 -> edge1 [1 ms]", "link edge1 -> cloud1 [10 Gbps · 20 ms]",
				"flow phones -> resnet50 [vision · 30 /s]", "flow phones -> resnet50 [vision · 30 /s]"),
				diagram.edges().stream().map(DiagramEdge::toString).toList());
		assertEquals(List.of("edge1", "cloud1"), diagram.edges(TopologyViewpoint.FLOW).stream()
				.map(e -> e.target().parent().label()).toList());
		assertEquals(List.of(), diagram.notes());
	}

	@Test
	void cityHasThreeCellsFourNodesAndTenFlows() {
		Diagram diagram = Examples.diagram("city.aiaas");
		// 3 cells, 3 device groups, 4 nodes; accelerators 2 x L40S, 1 x T4, 1 x L4, 8 x H100,
		// 8 x A100 = 5; models: detector on all 4 nodes, assistant8b on 3 (below), moonsNet on
		// edgeCampus where it is trained = 8. Total 23.
		assertEquals(Map.of("cell", 3, "devices", 3, "node", 4, "accelerator", 5, "model", 8), boxCounts(diagram));
		// The four links join all four nodes, so every node is reachable from every cell.
		// detector: 11.2 M x 2 B = 22.4 MB fits everywhere -> traffic flows to 4 nodes.
		// assistant8b: 8 B x 2 B = 16.0 GB of weights + KV 2·32·8·128·2 B = 131,072 B per token
		// x (300 + 200) tokens = 65.5 MB (assistant) or x (800 + 250) = 137.6 MB (homework):
		// more than the T4's 16 GB, within L40S 48 GB, L4 24 GB, H100 80 GB -> 3 nodes each.
		assertEquals(Map.of("traffic", List.of("edgeDowntown", "edgeCampus", "edgeHarbour", "cloudRegion"),
				"assistant", List.of("edgeDowntown", "edgeHarbour", "cloudRegion"),
				"homework", List.of("edgeDowntown", "edgeHarbour", "cloudRegion")), flowTargets(diagram));
		assertEquals(3, diagram.edges(TopologyViewpoint.BACKHAUL).size());
		assertEquals(List.of("100 Gbps · 8 ms", "10 Gbps · 2 ms", "10 Gbps · 10 ms", "10 Gbps · 12 ms"),
				labels(diagram.edges(TopologyViewpoint.LINK)));
		assertEquals(List.of("1 ms", "0.5 ms", "2 ms"), labels(diagram.edges(TopologyViewpoint.BACKHAUL)));
		assertEquals(3 + 4 + 10, diagram.edges().size());
	}

	@Test
	void deviceGroupsAreInsideTheirCells() {
		Diagram diagram = Examples.diagram("city.aiaas");
		Map<String, String> cellOf = diagram.nodes(TopologyViewpoint.DEVICES).stream()
				.collect(Collectors.toMap(DiagramNode::label, n -> n.parent().label()));
		assertEquals(Map.of("phones", "downtown", "students", "campus", "cameras", "harbour"), cellOf);
		assertTrue(diagram.nodes(TopologyViewpoint.CELL).stream().allMatch(DiagramNode::isContainer));
		assertTrue(diagram.nodes(TopologyViewpoint.CELL).stream().allMatch(c -> c.parent() == null));
	}

	@Test
	void acceleratorsAreInsideTheirNodes() {
		Diagram diagram = Examples.diagram("city.aiaas");
		List<String> cloud = diagram.nodes(TopologyViewpoint.NODE).stream().filter(n -> n.label().equals("cloudRegion"))
				.findFirst().orElseThrow().children().stream().filter(c -> c.mapping().equals(TopologyViewpoint.ACCELERATOR))
				.map(DiagramNode::label).toList();
		assertEquals(List.of("8 × H100", "8 × A100"), cloud);
	}

	@Test
	void aWorkloadAtANodeFlowsFromItsArrivalsToTheNode() {
		Diagram diagram = Examples.diagram("plain-queue.aiaas");
		// 'workload jobs at server { ... service exponential 100 ms }': no model, so the flow goes
		// from the arrivals bubble "jobs" (poisson 8 /s) to the node itself.
		assertEquals(List.of("jobs"), labels(diagram.nodes(TopologyViewpoint.ARRIVALS)));
		assertEquals(List.of("8 /s"), diagram.nodes(TopologyViewpoint.ARRIVALS).get(0).details());
		assertEquals(List.of("flow jobs -> server [jobs · 8 /s]"),
				diagram.edges().stream().map(DiagramEdge::toString).toList());
	}

	private static Map<String, Integer> boxCounts(Diagram diagram) {
		Map<String, Integer> counts = new TreeMap<>();
		diagram.nodes().forEach(n -> counts.merge(n.mapping(), 1, Integer::sum));
		return counts;
	}

	private static Map<String, List<String>> flowTargets(Diagram diagram) {
		Map<String, List<String>> targets = new TreeMap<>();
		for (DiagramEdge flow : diagram.edges(TopologyViewpoint.FLOW)) {
			String workload = flow.label().substring(0, flow.label().indexOf(" · "));
			targets.computeIfAbsent(workload, w -> new java.util.ArrayList<>()).add(flow.target().parent().label());
		}
		return targets;
	}

	private static List<String> labels(List<? extends org.aiaas.diagram.DiagramElement> elements) {
		return elements.stream().map(org.aiaas.diagram.DiagramElement::label).toList();
	}
}
