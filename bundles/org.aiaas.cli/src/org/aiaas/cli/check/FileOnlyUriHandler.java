package org.aiaas.cli.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.aiaas.dsl.scoping.StandardLibrary;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The last URI handler of a checking resource set: it refuses everything that is not a local file
 * (http, platform, archive, ...) — except the bundled standard library inside our own jar. Checking a scenario must never reach the network or run
 * anything, whatever its {@code import} lines say; imports are files only.
 */
final class FileOnlyUriHandler extends URIHandlerImpl {

	/** Makes {@code converter} read local files only; everything else fails with a clear message. */
	static void install(URIConverter converter) {
		var handlers = converter.getURIHandlers();
		handlers.clear();
		handlers.add(new FileURIHandlerImpl());
		handlers.add(new StandardLibraryInArchive());
		handlers.add(new FileOnlyUriHandler());
	}

	@Override
	public boolean canHandle(URI uri) {
		return true;
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return false;
	}

	private static IOException refused(URI uri) {
		return new IOException("only local files can be imported, not " + uri);
	}

	/** Reads the standard library from the language's own jar ("jar:file:…!/…"), and nothing else. */
	private static final class StandardLibraryInArchive extends URIHandlerImpl {
		@Override
		public boolean canHandle(URI uri) {
			return StandardLibrary.isStandardLibrary(uri) && StandardLibrary.uri().map(uri::equals).orElse(false);
		}
	}
}
