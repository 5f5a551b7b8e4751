package org.aiaas.cli.tests.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aiaas.cli.ExitCode;
import org.aiaas.cli.tests.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aiaas train}: per-epoch lines, the JSON history and the model file, and data errors. */
class TrainCommandTest {

	@TempDir
	Path folder;

	@Test
	void trainsTheXorExampleAndWritesHistoryAndModel() throws Exception {
		Path example = Cli.repositoryRoot().resolve("examples/training/xor.aiaas");
		Cli.Result result = Cli.run("train", example.toString(), "--epochs", "3", "--out", folder.toString());
		assertEquals(ExitCode.OK, result.exit(), result.transcript());
		assertTrue(result.out().get(0).startsWith("training xorDemo: network 2-8-1 in fp32, cross-entropy loss; "
				+ "140 train / 30 validation / 30 test samples; adam lr 0.05, batch 32, up to 3 epochs"), result.transcript());
		assertTrue(result.out().get(1).startsWith("  epoch 1/3  loss "), result.transcript());
		String json = Files.readString(folder.resolve("results.json"));
		assertTrue(json.startsWith("{\n  \"schema\": \"aiaas-training/1\",\n  \"scenario\": \"Xor\""), json);
		assertEquals(3, json.split("\"epoch\": ").length - 1, json);
		assertTrue(json.contains("\"modelFile\": \"xorDemo.model\""), json);
		String html = Files.readString(folder.resolve("report.html"));
		assertTrue(html.contains("xorDemo: loss per epoch") && html.contains("xorDemo: accuracy per epoch"), html);
		assertTrue(Files.readString(folder.resolve("xorDemo.model")).startsWith("aiaas-model 1\n"));
	}

	@Test
	void trainsAFederatedJobAndTimesItsRoundsAtEdgeAndCloud() throws Exception {
		Path example = Cli.repositoryRoot().resolve("examples/training/federated.aiaas");
		Cli.Result result = Cli.run("train", example.toString(), "--job", "fedIid", "--epochs", "2", "--out",
				folder.toString());
		assertEquals(ExitCode.OK, result.exit(), result.transcript());
		assertTrue(result.out().get(0).startsWith("training fedIid (federated): network 2-16-16-1 in fp32; 10 participants on iid shards"
				+ " of 1400 train samples; 2 rounds × 2 local epochs"), result.transcript());
		assertTrue(result.out().get(1).startsWith("  round 1/2  local loss "), result.transcript());
		// Edge and cloud differ by the WAN both ways: 2 × (20 ms + 1,348 B at 10 Gbit/s) = 40.002 ms
		// (337 parameters × 4 bytes; the averaging on an L4 or an H100 differs by microseconds).
		String edge = line(result, "  aggregate at edge1 (edge): round ");
		String cloud = line(result, "  aggregate at cloud1 (cloud): round ");
		double difference = milliseconds(cloud) - milliseconds(edge);
		assertEquals(40.002, difference, 0.015, result.transcript());
		String json = Files.readString(folder.resolve("results.json"));
		assertTrue(json.contains("\"kind\": \"federated\"") && json.contains("\"node\": \"cloud1\""), json);
		assertEquals(2 * 2, json.split("\"simulatedSeconds\": ").length - 1, json);
		assertTrue(Files.readString(folder.resolve("report.html")).contains("fedIid: accuracy vs simulated time"));
	}

	private static String line(Cli.Result result, String prefix) {
		return result.out().stream().filter(l -> l.startsWith(prefix)).findFirst()
				.orElseThrow(() -> new AssertionError("no line '" + prefix + "':\n" + result.transcript()));
	}

	private static double milliseconds(String line) {
		String after = line.substring(line.indexOf("): round ") + "): round ".length());
		return Double.parseDouble(after.substring(0, after.indexOf(" ms")));
	}

	@Test
	void aMalformedCsvNamesFileLineAndColumn() throws Exception {
		Files.writeString(folder.resolve("data.csv"), "x1,x2,y\n1,2,0\n3,oops,1\n");
		Path scenario = Files.writeString(folder.resolve("csv.aiaas"), "scenario Csv {\n"
				+ "  model net { network { dense 4 tanh dense 1 sigmoid } loss crossentropy }\n"
				+ "  training fromCsv { model net dataset csv \"data.csv\" label y }\n}\n");
		Cli.Result result = Cli.run("train", scenario.toString(), "--out", folder.toString());
		assertEquals(ExitCode.ERRORS, result.exit(), result.transcript());
		assertEquals(List.of("1 file checked: 0 errors, 0 warnings",
				"aiaas: train: " + folder.resolve("data.csv") + ":3:3: 'oops' in column 'x2' is not a number"),
				result.err(), result.transcript());
	}
}
