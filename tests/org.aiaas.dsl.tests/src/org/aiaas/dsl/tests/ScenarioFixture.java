package org.aiaas.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.aiaas.dsl.AiaasStandaloneSetup;
import org.aiaas.model.Scenario;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** Parses scenario text the way the tools do and hands back the model and its issues. */
public final class ScenarioFixture {

	private static final Injector INJECTOR = new AiaasStandaloneSetup().createInjectorAndDoEMFRegistration();

	private final XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);

	public static Injector injector() {
		return INJECTOR;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** Parses text as if it were the file at {@code uri} (nothing is written). */
	public Resource parse(String text, URI uri) {
		Resource resource = resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	public Resource parse(String text) {
		return parse(text, URI.createURI("memory:/test" + resourceSet.getResources().size() + ".aiaas"));
	}

	/** Loads a file from disk. */
	public Resource load(URI uri) {
		return resourceSet.getResource(uri, true);
	}

	public static Scenario scenario(Resource resource) {
		return (Scenario) resource.getContents().get(0);
	}

	/** Syntax, linking and validation issues, as `./aiaas check` reports them. */
	public static List<Issue> validate(Resource resource) {
		IResourceValidator validator = INJECTOR.getInstance(IResourceValidator.class);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	public static List<Issue> errors(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	/** One line per issue, "LINE:COLUMN: severity: message", for assertion messages. */
	public static String describe(List<Issue> issues) {
		return issues.stream()
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + ": " + i.getSeverity().name().toLowerCase() + ": "
						+ i.getMessage())
				.collect(Collectors.joining("\n"));
	}
}
