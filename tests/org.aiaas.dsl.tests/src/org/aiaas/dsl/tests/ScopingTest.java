package org.aiaas.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aiaas.model.Accelerator;
import org.aiaas.model.Scenario;
import org.aiaas.model.units.QuantityKind;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References resolve by simple name across a file, its imports and the standard library. */
class ScopingTest {

	private static final String USES_GPU = "scenario Main {\n%s  node n cloud { gpus 2 x %s }\n"
			+ "  workload w at n { arrivals poisson 1 /s service constant 1 ms }\n}\n";

	@TempDir
	Path folder;

	private final ScenarioFixture fixture = new ScenarioFixture();

	private Path write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private Resource load(Path file) {
		return fixture.load(URI.createFileURI(file.toString()));
	}

	@Test
	void theStandardLibraryIsVisibleWithoutAnImport() {
		Resource resource = fixture.parse(String.format(USES_GPU, "", "H100"));
		List<Issue> issues = ScenarioFixture.validate(resource);
		assertTrue(issues.isEmpty(), ScenarioFixture.describe(issues));
		Accelerator h100 = ScenarioFixture.scenario(resource).getNodes().get(0).getAccelerators().get(0).getType();
		assertFalse(h100.eIsProxy());
		// NVIDIA H100 SXM5: 80 GB of HBM3 (data sheet), so the catalogue entry must say 80 GB.
		assertEquals(80e9, QuantityKind.toBase(h100.getMemory()));
	}

	@Test
	void aLocalDeclarationShadowsTheStandardLibrary() {
		Resource resource = fixture.parse(String.format(USES_GPU,
				"  gpu H100 { fp16 500 TFLOPS memory 40 GB bandwidth 1 TB/s }\n", "H100"));
		Scenario scenario = ScenarioFixture.scenario(resource);
		assertSame(scenario.getAccelerators().get(0), scenario.getNodes().get(0).getAccelerators().get(0).getType());
	}

	@Test
	void anImportedFileIsResolvedRelativeToTheImportingOne() throws IOException {
		write("lib/gpus.aiaas", "library Gpus {\n  gpu Mine { fp16 100 TFLOPS memory 16 GB bandwidth 500 GB/s }\n}\n");
		Path main = write("main.aiaas", "import \"lib/gpus.aiaas\"\n" + String.format(USES_GPU, "", "Mine"));
		Resource resource = load(main);
		List<Issue> issues = ScenarioFixture.validate(resource);
		assertTrue(issues.isEmpty(), ScenarioFixture.describe(issues));
		Accelerator mine = ScenarioFixture.scenario(resource).getNodes().get(0).getAccelerators().get(0).getType();
		assertEquals("Mine", mine.getName());
		assertFalse(mine.eIsProxy());
	}

	@Test
	void aMissingImportSaysWhereItLooked() throws IOException {
		Path main = write("main.aiaas", "import \"nowhere.aiaas\"\n" + String.format(USES_GPU, "", "H100"));
		List<Issue> issues = ScenarioFixture.validate(load(main));
		assertEquals(1, issues.size(), ScenarioFixture.describe(issues));
		assertEquals("cannot find the imported file 'nowhere.aiaas' (looked for " + folder.resolve("nowhere.aiaas") + ")",
				issues.get(0).getMessage());
		// Line 1 'import "nowhere.aiaas"': the string starts at column 8.
		assertEquals(1, issues.get(0).getLineNumber());
		assertEquals(8, issues.get(0).getColumn());
	}

	@Test
	void importsNameFilesOnlyAndNeverReachTheNetwork() throws IOException {
		Path main = write("main.aiaas",
				"import \"http://example.org/gpus.aiaas\"\n" + String.format(USES_GPU, "", "H100"));
		List<Issue> issues = ScenarioFixture.validate(load(main));
		assertEquals(1, issues.size(), ScenarioFixture.describe(issues));
		assertEquals("imports name files only; 'http://example.org/gpus.aiaas' is a 'http:' address, and scenarios never "
				+ "reach the network", issues.get(0).getMessage());
	}

	@Test
	void anImportCycleIsReportedWithItsPath() throws IOException {
		write("a.aiaas", "import \"b.aiaas\"\nlibrary A {\n  node na cloud { }\n}\n");
		write("b.aiaas", "import \"a.aiaas\"\nlibrary B {\n  node nb cloud { }\n}\n");
		List<Issue> issues = ScenarioFixture.validate(load(folder.resolve("a.aiaas")));
		assertEquals(1, issues.size(), ScenarioFixture.describe(issues));
		assertEquals("import cycle: a.aiaas → b.aiaas → a.aiaas", issues.get(0).getMessage());
	}

	@Test
	void aFileCannotImportItself() throws IOException {
		Path self = write("self.aiaas", "import \"self.aiaas\"\nlibrary S {\n  node n cloud { }\n}\n");
		List<Issue> issues = ScenarioFixture.validate(load(self));
		assertEquals(1, issues.size(), ScenarioFixture.describe(issues));
		assertEquals("a file cannot import itself", issues.get(0).getMessage());
	}

	@Test
	void syntaxErrorsInAnImportedFileAreReportedAtTheImport() throws IOException {
		write("broken.aiaas", "library Broken {\n  gpu { }\n}\n");
		Path main = write("main.aiaas", "import \"broken.aiaas\"\n" + String.format(USES_GPU, "", "H100"));
		List<Issue> issues = ScenarioFixture.validate(load(main));
		assertEquals(1, issues.size(), ScenarioFixture.describe(issues));
		assertTrue(issues.get(0).getMessage().startsWith("the imported file 'broken.aiaas' has 1 syntax error(s); first at line 2: "),
				issues.get(0).getMessage());
	}

	@Test
	void crossReferencesOfEveryKindResolve() {
		Resource resource = fixture.parse(ParsingTest.EDGE_VS_CLOUD);
		Scenario scenario = ScenarioFixture.scenario(resource);
		assertSame(scenario.getNodes().get(0), scenario.getCells().get(0).getBackhaul());
		assertSame(scenario.getCells().get(0), scenario.getDeviceGroups().get(0).getCell());
		assertSame(scenario.getModels().get(1), scenario.getWorkloads().get(1).getModel());
	}
}
