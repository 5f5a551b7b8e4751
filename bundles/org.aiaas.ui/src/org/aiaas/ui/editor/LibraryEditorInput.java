package org.aiaas.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Objects;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IStorageEditorInput;

/**
 * A scenario that is not a workspace file — the standard library inside the dsl bundle's jar —
 * opened read-only so that go to definition can show it.
 */
public final class LibraryEditorInput implements IStorageEditorInput {

	private final URI uri;

	public LibraryEditorInput(URI uri) {
		this.uri = Objects.requireNonNull(uri, "uri");
	}

	/** Where the text comes from (and what it is parsed as). */
	public URI uri() {
		return uri;
	}

	@Override
	public IStorage getStorage() {
		return new LibraryStorage(uri);
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FILE);
	}

	@Override
	public String getName() {
		return uri.lastSegment();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return uri.lastSegment() + " (standard library, read-only)";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LibraryEditorInput input && input.uri.equals(uri);
	}

	@Override
	public int hashCode() {
		return uri.hashCode();
	}

	private record LibraryStorage(URI uri) implements IStorage {

		@Override
		@SuppressWarnings("deprecation") // URL(String) finds the OSGi handler of bundleresource:
		public InputStream getContents() throws CoreException {
			try {
				return new URL(uri.toString()).openStream();
			} catch (IOException e) {
				throw new CoreException(Status.error("cannot read " + uri + ": " + e.getMessage(), e));
			}
		}

		@Override
		public IPath getFullPath() {
			return null;
		}

		@Override
		public String getName() {
			return uri.lastSegment();
		}

		@Override
		public boolean isReadOnly() {
			return true;
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}
	}
}
