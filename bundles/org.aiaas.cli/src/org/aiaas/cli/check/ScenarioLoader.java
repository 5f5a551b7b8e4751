package org.aiaas.cli.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.aiaas.dsl.AiaasStandaloneSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Parses and validates scenario text with the language's standard Xtext services, outside OSGi.
 * Whatever validator and scoping the language binds are used as they are; this class only decides
 * where text comes from (already-read text, local files for imports) and collects the issues.
 */
public final class ScenarioLoader {

	private final Injector injector;
	private final IResourceFactory resourceFactory;
	private final IResourceValidator validator;

	private ScenarioLoader(Injector injector) {
		this.injector = injector;
		this.resourceFactory = injector.getInstance(IResourceFactory.class);
		this.validator = injector.getInstance(IResourceValidator.class);
	}

	/** Sets the language up (Guice injector, EMF registration); the slow part of a cold start. */
	public static ScenarioLoader create() {
		return new ScenarioLoader(new AiaasStandaloneSetup().createInjectorAndDoEMFRegistration());
	}

	/** A fresh resource set that reads UTF-8 and nothing but local files. */
	public XtextResourceSet newResourceSet() {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		FileOnlyUriHandler.install(resourceSet.getURIConverter());
		return resourceSet;
	}

	/**
	 * Parses {@code text} as the content of {@code file} into {@code resourceSet}. The file's name
	 * need not end in {@code .aiaas}: the resource is created by the language's own factory.
	 */
	public XtextResource load(XtextResourceSet resourceSet, Path file, String text) throws IOException {
		Objects.requireNonNull(text, "the scenario text");
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		XtextResource resource = (XtextResource) resourceFactory.createResource(uri);
		resourceSet.getResources().add(resource);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		return resource;
	}

	/** All issues of {@code resource}: syntax, linking and every validator check (CheckMode.ALL). */
	public List<Issue> validate(Resource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}
}
