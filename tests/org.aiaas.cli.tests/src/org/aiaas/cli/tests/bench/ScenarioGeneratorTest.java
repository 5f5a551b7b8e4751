package org.aiaas.cli.tests.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.aiaas.cli.bench.ScenarioGenerator;
import org.aiaas.cli.bench.ScenarioGenerator.Size;
import org.aiaas.cli.check.ScenarioLoader;
import org.aiaas.cli.tests.Cli;
import org.aiaas.model.NodeKind;
import org.aiaas.model.Scenario;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The benchmark is only meaningful if the generated scenario is valid and as large as it says.
 * Small sizes keep the default test run short; the shape of the text does not depend on the size.
 */
class ScenarioGeneratorTest {

	private static Scenario parseWithoutErrors(String text) throws IOException {
		ScenarioLoader loader = Cli.loader();
		XtextResource resource = loader.load(loader.newResourceSet(), Path.of("generated.aiaas"), text);
		List<Issue> errors = loader.validate(resource).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + ": " + i.getMessage())
				.collect(Collectors.toList()), "the generated scenario must validate without errors");
		return (Scenario) resource.getContents().get(0);
	}

	/**
	 * nodes, cells, device groups, workloads, links. Chosen to hit the edge cases of the generator:
	 * node counts that are and are not multiples of ten, and as many links as there are edge nodes
	 * (7 nodes: n0 is cloud, 6 edge; 100 nodes: 10 cloud, 90 edge).
	 */
	@ParameterizedTest
	@CsvSource({ "20, 3, 5, 6, 4", "7, 2, 3, 3, 6", "100, 10, 50, 20, 90", "2, 1, 1, 1, 1" })
	void theGeneratedScenarioValidatesAndHasTheClaimedCounts(int nodes, int cells, int groups, int workloads, int links)
			throws IOException {
		Size size = new Size(nodes, cells, groups, workloads, links);
		Scenario scenario = parseWithoutErrors(new ScenarioGenerator(size).generate());

		assertEquals(nodes, scenario.getNodes().size(), "nodes");
		assertEquals(cells, scenario.getCells().size(), "cells");
		assertEquals(groups, scenario.getDeviceGroups().size(), "device groups");
		assertEquals(workloads, scenario.getWorkloads().size(), "workloads");
		assertEquals(links, scenario.getLinks().size(), "links");
		// Two accelerators (L4, H100) and two models (resnet50, llama7b): Size.elements() counts them as 4.
		assertEquals(2, scenario.getAccelerators().size(), "accelerators");
		assertEquals(2, scenario.getModels().size(), "models");
		int counted = scenario.getNodes().size() + scenario.getCells().size() + scenario.getDeviceGroups().size()
				+ scenario.getWorkloads().size() + scenario.getLinks().size() + scenario.getAccelerators().size()
				+ scenario.getModels().size();
		assertEquals(size.elements(), counted, "elements()");

		// Every tenth node, from n0, is a cloud node: n0, n10, ... that is ceil(nodes / 10) of them.
		long clouds = scenario.getNodes().stream().filter(n -> n.getKind() == NodeKind.CLOUD).count();
		assertEquals((nodes + 9) / 10, clouds, "cloud nodes");
		assertEquals(nodes - (nodes + 9) / 10,
				scenario.getNodes().stream().filter(n -> n.getKind() == NodeKind.EDGE).count(), "edge nodes");
		// Every fifth workload (w4, w9, ...) serves the LLM: floor(workloads / 5).
		assertEquals(workloads / 5,
				scenario.getWorkloads().stream().filter(w -> "llama7b".equals(w.getModel().getName())).count(),
				"LLM workloads");
	}

	@Test
	void theBenchmarkSizeIsTenThousandNodesCellsAndDeviceGroups() {
		Size size = Size.BENCHMARK;
		// As the bench command says: 5,000 nodes + 100 cells + 4,900 device groups = 10,000,
		// plus 1,000 workloads, 1,000 links and the 4 accelerators and models: 12,004 elements.
		assertEquals(10_000, size.nodes() + size.cells() + size.deviceGroups());
		assertEquals(12_004, size.elements());
	}

	@Test
	void theTextIsDeterministic() {
		Size size = new Size(20, 3, 5, 6, 4);
		assertEquals(new ScenarioGenerator(size).generate(), new ScenarioGenerator(size).generate());
	}

	@Test
	void impossibleSizesAreRefused() {
		// 20 nodes have 18 edge nodes, and a link starts at a distinct edge node: 19 links cannot exist.
		assertThrows(IllegalArgumentException.class, () -> new Size(20, 3, 5, 6, 19));
		// Device groups sit in cells, workloads come from device groups.
		assertThrows(IllegalArgumentException.class, () -> new Size(20, 0, 5, 0, 0));
		assertThrows(IllegalArgumentException.class, () -> new Size(20, 3, 0, 6, 0));
		assertThrows(IllegalArgumentException.class, () -> new Size(0, 0, 0, 0, 0));
	}
}
