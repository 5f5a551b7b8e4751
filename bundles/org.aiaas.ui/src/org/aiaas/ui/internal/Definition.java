package org.aiaas.ui.internal;

import java.util.Objects;

import org.eclipse.emf.common.util.URI;

/**
 * A reference and the declaration it names: the reference's region in the edited text, and the
 * resource and region of the declared name (the same text, an imported file or the standard library).
 */
public record Definition(int referenceOffset, int referenceLength, URI target, int targetOffset, int targetLength,
		String name) {

	public Definition {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(name, "name");
	}
}
