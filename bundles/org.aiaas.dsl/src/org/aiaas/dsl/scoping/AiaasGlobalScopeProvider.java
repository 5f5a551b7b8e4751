package org.aiaas.dsl.scoping;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.util.IAcceptor;

/**
 * What a scenario sees beyond its own declarations: the files it imports (first import wins), then
 * the standard library. Import texts that are not file paths are dropped before anything opens
 * them; the validator reports them.
 */
public class AiaasGlobalScopeProvider extends ImportUriGlobalScopeProvider {

	@Override
	protected LinkedHashSet<URI> getImportedUris(Resource resource) {
		LinkedHashSet<URI> uris = new LinkedHashSet<>(super.getImportedUris(resource));
		if (!StandardLibrary.isStandardLibrary(resource.getURI())) {
			StandardLibrary.uri().ifPresent(uris::add);
		}
		return uris;
	}

	@Override
	protected IAcceptor<String> createURICollector(Resource resource, Set<URI> collectInto) {
		IAcceptor<String> delegate = super.createURICollector(resource, collectInto);
		return importText -> {
			if (importText != null && ImportPolicy.allows(importText)) {
				delegate.accept(importText.trim());
			}
		};
	}
}
