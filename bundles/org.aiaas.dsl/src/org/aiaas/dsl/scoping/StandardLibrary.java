package org.aiaas.dsl.scoping;

import java.net.URL;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;

/**
 * The bundled catalogue of common accelerators (stdlib/accelerators.aiaas), visible in every
 * scenario without an import. Declarations of the scenario and of its imports shadow it, so a
 * planner can redefine {@code L4} with measured figures.
 */
public final class StandardLibrary {

	private static final String RESOURCE = "/org/aiaas/dsl/stdlib/accelerators.aiaas";

	private StandardLibrary() {
	}

	/** Where the catalogue is: a jar, bundle or file URI, depending on how the code runs. */
	public static Optional<URI> uri() {
		URL url = StandardLibrary.class.getResource(RESOURCE);
		return url == null ? Optional.empty() : Optional.of(URI.createURI(url.toString()));
	}

	/** Whether a resource is the catalogue itself. */
	public static boolean isStandardLibrary(URI uri) {
		return uri != null && uri.toString().endsWith(RESOURCE.substring(1));
	}
}
