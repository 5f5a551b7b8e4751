package org.aiaas.dsl.ide.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.aiaas.dsl.ide.AiaasIdeSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/** The language with its IDE services, as an editor or the language server uses it. */
final class IdeFixture {

	static final Injector INJECTOR = new AiaasIdeSetup().createInjectorAndDoEMFRegistration();

	private IdeFixture() {
	}

	static XtextResource parse(String text) {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/ide.aiaas"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}
}
