package org.aiaas.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramEdge;
import org.aiaas.diagram.DiagramNode;
import org.aiaas.diagram.Overlay;
import org.aiaas.diagram.layout.DiagramLayout;
import org.aiaas.diagram.overlay.ResultsException;
import org.aiaas.diagram.overlay.ResultsOverlay;
import org.aiaas.diagram.render.SvgWriter;
import org.aiaas.diagram.viewpoint.TopologyViewpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run figures from fixtures/edge-vs-cloud.results.json put on the edge-vs-cloud diagram. */
class ResultsOverlayTest {

	private static final Path FIXTURE = Path.of("fixtures/edge-vs-cloud.results.json");

	@Test
	void firstVariantPutsUtilisationOnNodesAndRadioLoadOnTheCell() throws Exception {
		Diagram diagram = Examples.diagram("edge-vs-cloud.aiaas");
		ResultsOverlay overlay = ResultsOverlay.read(FIXTURE, null);
		assertEquals("edge-first", overlay.variant());
		// edge1 0.625 -> "util 63 %" (62.5 rounds half-even... %.0f rounds half up: 63);
		// cloud1 0.0 -> "util 0 %"; gnb1: uplink 0.4, downlink 0.05 -> level max(0.4, 0.05) = 0.4.
		assertEquals(3, overlay.applyTo(diagram));
		assertEquals(Optional.of(new Overlay("util 63 %", 0.625)), node(diagram, "edge1").overlay());
		assertEquals(Optional.of(new Overlay("util 0 %", 0.0)), node(diagram, "cloud1").overlay());
		assertEquals(Optional.of(new Overlay("UL 40 % · DL 5 %", 0.4)), node(diagram, "gnb1").overlay());
		assertEquals(Optional.empty(), node(diagram, "phones").overlay());
		DiagramLayout.apply(diagram);
		String svg = SvgWriter.write(diagram);
		assertTrue(svg.contains(">util 63 %</text>") && svg.contains(">UL 40 % · DL 5 %</text>"), svg);
	}

	@Test
	void aNamedVariantIsChosenAndNullUtilisationIsLeftOut() throws Exception {
		Diagram diagram = Examples.diagram("edge-vs-cloud.aiaas");
		ResultsOverlay overlay = ResultsOverlay.read(FIXTURE, "cloud-only");
		// edge1 is null (never used) and the variant has no "cells": cloud1 and the link get a figure.
		assertEquals(2, overlay.applyTo(diagram));
		assertEquals(Optional.of(new Overlay("util 1 %", 0.0125)), node(diagram, "cloud1").overlay());
		assertEquals(Optional.empty(), node(diagram, "edge1").overlay());
	}

	@Test
	void aLinkShowsItsUtilisationBesideItsLabel() throws Exception {
		Diagram diagram = Examples.diagram("edge-vs-cloud.aiaas");
		ResultsOverlay.read(FIXTURE, "cloud-only").applyTo(diagram);
		// cloud-only sends every 40 KB image over the WAN: 30 /s x 40,000 B x 8 = 9.6 Mbit/s of
		// 10 Gbit/s = 0.00096 (the fixture's mean), shown as "util 0 %" after the link's own label.
		DiagramEdge link = diagram.edges().stream().filter(e -> e.mapping().equals(TopologyViewpoint.LINK))
				.findFirst().orElseThrow();
		assertEquals(Optional.of(new Overlay("util 0 %", 0.00096)), link.overlay());
		assertEquals(link.label() + " · util 0 %", link.shownLabel());
		DiagramLayout.apply(diagram);
		assertTrue(SvgWriter.write(diagram).contains(link.shownLabel()), "the SVG draws the link's figure");
	}

	@Test
	void anUnknownVariantIsNamedWithTheOnesThatExist() {
		ResultsException e = assertThrows(ResultsException.class, () -> ResultsOverlay.read(FIXTURE, "sjf"));
		assertEquals(FIXTURE + ": no variant named 'sjf' (variants: edge-first, cloud-only)", e.getMessage());
	}

	@Test
	void brokenJsonIsReportedAtItsLineAndColumn(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("results.json");
		Files.writeString(file, "{\n  \"schema\": \"aiaas-results/1\",\n  \"variants\": [1 2]\n}\n");
		ResultsException e = assertThrows(ResultsException.class, () -> ResultsOverlay.read(file, null));
		// line 3 is '  "variants": [1 2]'; the '2' is column 18.
		assertEquals(file + ":3:18: invalid JSON: expected ',' or ']' in an array", e.getMessage());
	}

	@Test
	void anotherJsonFileIsRefusedByItsSchema(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("history.json");
		Files.writeString(file, "{\"schema\": \"aiaas-history/1\", \"epochs\": []}");
		ResultsException e = assertThrows(ResultsException.class, () -> ResultsOverlay.read(file, null));
		assertEquals(file + ": not an aiaas results file (\"schema\" is \"aiaas-history/1\", expected \"aiaas-results/1\")",
				e.getMessage());
	}

	@Test
	void aNegativeUtilisationIsRefused(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("results.json");
		Files.writeString(file, "{\"schema\": \"aiaas-results/1\", \"variants\": [{\"name\": \"a\", \"utilization\": {\"n\": -1}}]}");
		ResultsException e = assertThrows(ResultsException.class, () -> ResultsOverlay.read(file, null));
		assertEquals(file + ": variants[0].utilization.n should be a number of 0 or more, found -1.0", e.getMessage());
	}

	private static DiagramNode node(Diagram diagram, String label) {
		return diagram.nodes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow();
	}
}
