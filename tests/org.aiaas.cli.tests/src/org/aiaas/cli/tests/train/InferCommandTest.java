package org.aiaas.cli.tests.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.aiaas.cli.tests.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `aiaas infer`: the saved model and normalisation predict XOR and explain it. */
class InferCommandTest {

	@TempDir
	Path folder;

	@Test
	void aTrainedXorModelPredictsAndExplains() throws Exception {
		Path example = Cli.repositoryRoot().resolve("examples/training/xor.aiaas");
		Cli.Result trained = Cli.run("train", example.toString(), "--out", folder.toString());
		assertEquals(0, trained.exit(), trained.transcript());
		Path model;
		try (var files = Files.list(folder)) {
			model = files.filter(p -> p.toString().endsWith(".model")).findFirst().orElseThrow();
		}
		Path input = folder.resolve("in.csv");
		Files.writeString(input, "x2,x1,id\n0,0,a\n1,0,b\n0,1,c\n1,1,d\n".replace(",a", ",1").replace(",b", ",2")
				.replace(",c", ",3").replace(",d", ",4"));
		Cli.Result result = Cli.run("infer", model.toString(), input.toString());
		assertEquals(0, result.exit(), result.transcript());
		// XOR: (0,0) → 0, (x1=0,x2=1) → 1, (1,0) → 1, (1,1) → 0 — columns are matched by name, not position.
		assertTrue(result.out().get(0).startsWith("row 1: class 0"), result.transcript());
		assertTrue(result.out().get(1).startsWith("row 2: class 1"), result.transcript());
		assertTrue(result.out().get(2).startsWith("row 3: class 1"), result.transcript());
		assertTrue(result.out().get(3).startsWith("row 4: class 0"), result.transcript());
		assertTrue(result.out().get(0).contains("contributions: x1 "), result.transcript());
	}

	@Test
	void aMissingFeatureColumnNamesTheFile() throws Exception {
		Path example = Cli.repositoryRoot().resolve("examples/training/xor.aiaas");
		assertEquals(0, Cli.run("train", example.toString(), "--epochs", "2", "--out", folder.toString()).exit());
		Path model;
		try (var files = Files.list(folder)) {
			model = files.filter(p -> p.toString().endsWith(".model")).findFirst().orElseThrow();
		}
		Path input = folder.resolve("bad.csv");
		Files.writeString(input, "x1,x3\n0,0\n");
		Cli.Result result = Cli.run("infer", model.toString(), input.toString());
		assertEquals(1, result.exit(), result.transcript());
		assertEquals(input + ":1:1: no column named 'x2'; the model needs the features x1, x2", result.err().get(0));
	}
}
