package org.aiaas.diagram.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.layout.DiagramLayout;
import org.aiaas.diagram.viewpoint.TopologyDiagram;
import org.aiaas.dsl.AiaasStandaloneSetup;
import org.aiaas.model.Scenario;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/** Loads the repository's example scenarios and draws their diagrams, as {@code aiaas diagram} does. */
final class Examples {

	private static final Injector INJECTOR = new AiaasStandaloneSetup().createInjectorAndDoEMFRegistration();

	private Examples() {
	}

	/** The scenario in {@code examples/NAME}, which must load without errors. */
	static Scenario scenario(String name) {
		Path file = root().resolve("examples").resolve(name);
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalStateException(file + " does not parse: " + resource.getErrors());
		}
		return (Scenario) resource.getContents().get(0);
	}

	/** The diagram of an example, built but not laid out. */
	static Diagram diagram(String name) {
		return TopologyDiagram.of(scenario(name));
	}

	/** The diagram of an example, laid out. */
	static Diagram laidOut(String name) {
		Diagram diagram = diagram(name);
		DiagramLayout.apply(diagram);
		return diagram;
	}

	/** The folder holding mvnw, found by walking up from the test's working folder. */
	static Path root() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new IllegalStateException("no folder with mvnw above " + Path.of("").toAbsolutePath());
	}
}
