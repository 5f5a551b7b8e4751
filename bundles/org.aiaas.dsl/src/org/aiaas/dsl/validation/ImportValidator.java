package org.aiaas.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.aiaas.dsl.scoping.ImportPolicy;
import org.aiaas.model.Import;
import org.aiaas.model.Scenario;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.validation.Check;

/**
 * Imports name existing .aiaas files, do not form a cycle, and bring no syntax errors with them.
 * Nothing but local files is ever opened (see {@link ImportPolicy}).
 */
public class ImportValidator extends AiaasCheckBase {

	private static final int DEEPEST_IMPORT_CHAIN = 64;

	@Check
	public void checkImport(Import anImport) {
		String text = anImport.getImportURI();
		Optional<String> refusal = ImportPolicy.refusal(text);
		if (refusal.isPresent()) {
			error(refusal.get(), anImport, P.getImport_ImportURI(), IssueCodes.BAD_IMPORT);
			return;
		}
		Resource importing = anImport.eResource();
		URI resolved = ImportPolicy.resolve(text, importing.getURI());
		if (resolved.equals(importing.getURI())) {
			error("a file cannot import itself", anImport, P.getImport_ImportURI(), IssueCodes.IMPORT_CYCLE);
			return;
		}
		ResourceSet resourceSet = importing.getResourceSet();
		if (resourceSet == null || !resourceSet.getURIConverter().exists(resolved, null)) {
			error("cannot find the imported file '" + text + "' (looked for " + shown(resolved) + ")", anImport,
					P.getImport_ImportURI(), IssueCodes.BAD_IMPORT);
			return;
		}
		Resource imported = load(resourceSet, resolved);
		if (imported == null) {
			error("cannot read the imported file '" + text + "'", anImport, P.getImport_ImportURI(),
					IssueCodes.BAD_IMPORT);
			return;
		}
		if (!imported.getErrors().isEmpty()) {
			Resource.Diagnostic first = imported.getErrors().get(0);
			error("the imported file '" + text + "' has " + imported.getErrors().size() + " syntax error(s); first at line "
					+ first.getLine() + ": " + first.getMessage(), anImport, P.getImport_ImportURI(),
					IssueCodes.BAD_IMPORT);
		}
		findCycle(importing.getURI(), imported).ifPresent(cycle -> error("import cycle: " + cycle, anImport,
				P.getImport_ImportURI(), IssueCodes.IMPORT_CYCLE));
	}

	/** A path of imports from {@code start} back to {@code origin}, as "a.aiaas → b.aiaas → a.aiaas". */
	private Optional<String> findCycle(URI origin, Resource start) {
		Deque<List<Resource>> paths = new ArrayDeque<>();
		paths.add(List.of(start));
		Set<URI> visited = new HashSet<>();
		while (!paths.isEmpty()) {
			List<Resource> path = paths.poll();
			Resource last = path.get(path.size() - 1);
			if (!visited.add(last.getURI()) || path.size() > DEEPEST_IMPORT_CHAIN) {
				continue;
			}
			for (URI next : importsOf(last)) {
				if (next.equals(origin)) {
					List<String> names = new ArrayList<>();
					names.add(origin.lastSegment());
					path.forEach(r -> names.add(r.getURI().lastSegment()));
					names.add(origin.lastSegment());
					return Optional.of(String.join(" → ", names));
				}
				Resource nextResource = load(start.getResourceSet(), next);
				if (nextResource != null) {
					List<Resource> longer = new ArrayList<>(path);
					longer.add(nextResource);
					paths.add(longer);
				}
			}
		}
		return Optional.empty();
	}

	private static List<URI> importsOf(Resource resource) {
		List<URI> uris = new ArrayList<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Scenario scenario) {
			for (Import anImport : scenario.getImports()) {
				if (ImportPolicy.allows(anImport.getImportURI())) {
					uris.add(ImportPolicy.resolve(anImport.getImportURI(), resource.getURI()));
				}
			}
		}
		return uris;
	}

	private static Resource load(ResourceSet resourceSet, URI uri) {
		try {
			if (!resourceSet.getURIConverter().exists(uri, null)) {
				return null;
			}
			return resourceSet.getResource(uri, true);
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static String shown(URI uri) {
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}
}
