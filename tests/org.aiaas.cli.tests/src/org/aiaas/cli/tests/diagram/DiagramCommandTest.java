package org.aiaas.cli.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aiaas.cli.ExitCode;
import org.aiaas.cli.diagram.DiagramCommand;
import org.aiaas.cli.tests.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aiaas diagram}: files written, errors in the style of {@code check}, exit codes. */
class DiagramCommandTest {

	private static Cli.Result diagram(String... args) {
		String[] all = new String[args.length + 1];
		all[0] = "diagram";
		System.arraycopy(args, 0, all, 1, args.length);
		return Cli.run(List.of(new DiagramCommand(Cli::loader)), all);
	}

	@Test
	void writesSvgAndPngOfAnExample(@TempDir Path dir) throws Exception {
		Path example = Cli.repositoryRoot().resolve("examples/edge-vs-cloud.aiaas");
		Path svg = dir.resolve("evc.svg");
		Path png = dir.resolve("evc.png");
		Cli.Result result = diagram(example.toString(), "--svg", svg.toString(), "--png", png.toString());
		assertEquals(ExitCode.OK, result.exit(), result.transcript());
		// 8 boxes and 4 lines, counted by hand in org.aiaas.diagram.tests.TopologyDiagramTest.
		assertEquals(List.of("wrote " + svg + " (8 nodes, 4 edges)", "wrote " + png), result.out());
		String text = Files.readString(svg);
		for (String name : List.of("gnb1", "phones", "edge1", "cloud1", "resnet50", "10 Gbps · 20 ms")) {
			assertTrue(text.contains(">" + name + "<"), "the SVG lacks " + name);
		}
		byte[] header = Files.readAllBytes(png);
		assertEquals(0x89, header[0] & 0xff); // PNG signature \x89PNG
		assertEquals("PNG", new String(header, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
	}

	@Test
	void aScenarioWithErrorsIsReportedLikeCheckAndNothingIsWritten(@TempDir Path dir) throws Exception {
		Path scenario = dir.resolve("broken.aiaas");
		Files.writeString(scenario, "scenario Broken {\n  node a edge { gpus 1 x NoSuchGpu }\n}\n");
		Path svg = dir.resolve("out.svg");
		Cli.Result result = diagram(scenario.toString(), "--svg", svg.toString());
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		assertTrue(result.out().stream().anyMatch(l -> l.startsWith(scenario + ":2:")), result.transcript());
		assertTrue(result.err().contains("aiaas: diagram: fix the errors above first; no diagram was drawn"),
				result.transcript());
		assertFalse(Files.exists(svg));
	}

	@Test
	void aBrokenResultsFileIsNamedWithItsLine(@TempDir Path dir) throws Exception {
		Path example = Cli.repositoryRoot().resolve("examples/edge-vs-cloud.aiaas");
		Path results = dir.resolve("results.json");
		Files.writeString(results, "{\n  \"schema\": \"aiaas-results/1\",\n  \"variants\": [\n}\n");
		Cli.Result result = diagram(example.toString(), "--svg", dir.resolve("x.svg").toString(), "--results",
				results.toString());
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		// Line 4 is '}': a value was expected after '['.
		assertTrue(result.err().contains("aiaas: error: " + results + ":4:1: invalid JSON: expected a value (object,"
				+ " array, string, number, true, false or null), found '}'"), result.transcript());
	}

	@Test
	void withoutAnOutputItIsAUsageError() {
		Cli.Result result = diagram("examples/city.aiaas");
		assertEquals(ExitCode.USAGE_OR_IO, result.exit());
		assertEquals("aiaas: diagram: say where to write it: --svg OUT.svg and/or --png OUT.png", result.err().get(0));
	}
}
