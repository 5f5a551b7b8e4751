package org.aiaas.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.aiaas.model.Scenario;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled example is a valid scenario: users start from these. */
class ExamplesTest {

	/** The repository's examples/ folder, found from the test bundle's folder. */
	static Path examplesFolder() {
		Path here = Paths.get("").toAbsolutePath();
		for (Path dir = here; dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("examples")) && Files.isRegularFile(dir.resolve("mvnw"))) {
				return dir.resolve("examples");
			}
		}
		throw new IllegalStateException("no examples/ folder above " + here);
	}

	static Stream<Path> examples() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(examplesFolder())) {
			files = walk.filter(p -> p.toString().endsWith(".aiaas")).sorted().toList();
		}
		assertFalse(files.size() < 4, "the issue asks for at least four examples, found " + files.size());
		return files.stream();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void exampleHasNoErrorsOrWarnings(Path file) {
		ScenarioFixture fixture = new ScenarioFixture();
		Resource resource = fixture.load(URI.createFileURI(file.toString()));
		List<Issue> issues = ScenarioFixture.validate(resource);
		assertTrue(issues.isEmpty(), file + ":\n" + ScenarioFixture.describe(issues));
		assertTrue(ScenarioFixture.scenario(resource) instanceof Scenario);
	}
}
