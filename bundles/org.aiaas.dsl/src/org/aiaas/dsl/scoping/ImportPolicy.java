package org.aiaas.dsl.scoping;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;

/**
 * What an {@code import} may name: a file path, relative to the importing file or absolute. The
 * language executes nothing and reaches no network, so URLs and other schemes are refused before
 * anything tries to open them.
 */
public final class ImportPolicy {

	/** The file extension every imported file must have. */
	public static final String EXTENSION = "aiaas";

	private ImportPolicy() {
	}

	/** Why this import text is refused, or empty when it is an acceptable file path. */
	public static Optional<String> refusal(String importText) {
		if (importText == null || importText.isBlank()) {
			return Optional.of("the import names no file");
		}
		URI uri;
		try {
			uri = URI.createURI(importText.trim());
		} catch (IllegalArgumentException e) {
			return Optional.of("'" + importText + "' is not a file path");
		}
		String scheme = uri.scheme();
		if (scheme != null && !"file".equals(scheme)) {
			return Optional.of("imports name files only; '" + importText + "' is a '" + scheme
					+ ":' address, and scenarios never reach the network");
		}
		if (!EXTENSION.equals(uri.fileExtension())) {
			return Optional.of("an imported file must end in ." + EXTENSION + ": '" + importText + "'");
		}
		return Optional.empty();
	}

	/** Whether an import text may be followed at all. */
	public static boolean allows(String importText) {
		return refusal(importText).isEmpty();
	}

	/** The absolute URI an import names, resolved against the importing resource's URI. */
	public static URI resolve(String importText, URI importingResource) {
		URI uri = URI.createURI(importText.trim());
		return importingResource != null && uri.isRelative() ? uri.resolve(importingResource) : uri;
	}
}
