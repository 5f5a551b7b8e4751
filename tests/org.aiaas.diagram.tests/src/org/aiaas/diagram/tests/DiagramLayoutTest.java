package org.aiaas.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.aiaas.diagram.Bounds;
import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramEdge;
import org.aiaas.diagram.DiagramNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a readable layout must guarantee, on the examples. */
class DiagramLayoutTest {

	@ParameterizedTest
	@ValueSource(strings = { "city.aiaas", "edge-vs-cloud.aiaas", "plain-queue.aiaas" })
	void boxesSharingAContainerDoNotOverlap(String example) {
		Diagram diagram = Examples.laidOut(example);
		List<List<DiagramNode>> siblingGroups = new ArrayList<>();
		siblingGroups.add(diagram.roots());
		diagram.nodes().forEach(n -> siblingGroups.add(n.children()));
		for (List<DiagramNode> siblings : siblingGroups) {
			for (int i = 0; i < siblings.size(); i++) {
				for (int j = i + 1; j < siblings.size(); j++) {
					Bounds a = siblings.get(i).bounds();
					Bounds b = siblings.get(j).bounds();
					assertFalse(a.overlaps(b), siblings.get(i) + " " + a + " overlaps " + siblings.get(j) + " " + b);
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "city.aiaas", "edge-vs-cloud.aiaas" })
	void childrenLieInsideTheirContainerAndEverythingInsideTheDrawing(String example) {
		Diagram diagram = Examples.laidOut(example);
		Bounds drawing = new Bounds(0, 0, diagram.width(), diagram.height());
		for (DiagramNode node : diagram.nodes()) {
			assertTrue(node.bounds().width() > 0 && node.bounds().height() > 0, node + " has no size");
			assertTrue(drawing.encloses(node.bounds()), node + " " + node.bounds() + " outside " + drawing);
			if (node.parent() != null) {
				assertTrue(node.parent().bounds().encloses(node.bounds()),
						node + " " + node.bounds() + " outside its container " + node.parent().bounds());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "city.aiaas", "edge-vs-cloud.aiaas" })
	void edgesRunFromTheirSourceBoxToTheirTargetBox(String example) {
		Diagram diagram = Examples.laidOut(example);
		for (DiagramEdge edge : diagram.edges()) {
			List<DiagramEdge.Point> route = edge.route();
			assertTrue(route.size() >= 2, edge + " has no route");
			DiagramEdge.Point start = route.get(0);
			DiagramEdge.Point end = route.get(route.size() - 1);
			// ELK attaches edges on the box border; allow one pixel of rounding.
			assertTrue(grown(edge.source().bounds()).contains(start.x(), start.y()),
					edge + " starts at " + start + ", not on " + edge.source().bounds());
			assertTrue(grown(edge.target().bounds()).contains(end.x(), end.y()),
					edge + " ends at " + end + ", not on " + edge.target().bounds());
		}
	}

	private static Bounds grown(Bounds b) {
		return new Bounds(b.x() - 1, b.y() - 1, b.width() + 2, b.height() + 2);
	}
}
