package org.aiaas.diagram.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.aiaas.dsl.ide.AiaasIdeSetup;
import org.aiaas.model.Scenario;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Parses the text of a scenario editor into the model the diagram is built from, with the
 * language's UI-free services; and finds where an element is written in that text.
 */
final class ScenarioText {

	private static volatile Injector injector;

	private ScenarioText() {
	}

	/** The scenario of {@code text} parsed as the resource at {@code uri}; empty when it has no scenario yet. */
	static Optional<Scenario> parse(String text, URI uri) throws IOException {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Scenario scenario)
				? Optional.empty() : Optional.of(scenario);
	}

	/** Offset and length of the text that declares {@code element}, if it came from a parse. */
	static Optional<int[]> rangeOf(EObject element) {
		ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
		return node == null ? Optional.empty() : Optional.of(new int[] { node.getOffset(), node.getLength() });
	}

	private static Injector injector() {
		Injector current = injector;
		if (current == null) {
			synchronized (ScenarioText.class) {
				current = injector;
				if (current == null) {
					current = new AiaasIdeSetup().createInjectorAndDoEMFRegistration();
					injector = current;
				}
			}
		}
		return current;
	}
}
