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
		assertTrue(result.out().get(0).startsWith("training xorDemo: network 2-8-1, cross-entropy loss; "
				+ "140 train / 30 validation / 30 test samples; adam lr 0.05, batch 32, up to 3 epochs"), result.transcript());
		assertTrue(result.out().get(1).startsWith("  epoch 1/3  loss "), result.transcript());
		String json = Files.readString(folder.resolve("xorDemo.training.json"));
		assertEquals(3, json.split("\"epoch\": ").length - 1, json);
		assertTrue(Files.readString(folder.resolve("xorDemo.model")).startsWith("aiaas-model 1\n"));
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
