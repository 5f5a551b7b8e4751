package org.aiaas.ui.editor;

import org.aiaas.ui.internal.Definition;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * Opens a declaration: in the same editor, in the editor of another workspace file (an import),
 * or read-only for the standard library, which lives inside the dsl bundle's jar.
 */
final class DefinitionNavigator {

	private DefinitionNavigator() {
	}

	/** Reveals the declaration's name; returns the editor that shows it (null if none could open). */
	static ScenarioEditor open(ScenarioEditor from, Definition definition) {
		URI target = definition.target();
		ScenarioEditor editor = target.equals(from.resourceUri()) ? from : openEditorFor(from, target);
		if (editor != null) {
			editor.getSite().getPage().activate(editor);
			editor.selectAndReveal(definition.targetOffset(), definition.targetLength());
		}
		return editor;
	}

	private static ScenarioEditor openEditorFor(ScenarioEditor from, URI target) {
		IWorkbenchPage page = from.getSite().getPage();
		try {
			IFile file = workspaceFile(target);
			IEditorPart part = file != null ? IDE.openEditor(page, file, ScenarioEditor.ID, true)
					: page.openEditor(new LibraryEditorInput(target), ScenarioEditor.ID, true);
			return part instanceof ScenarioEditor scenarioEditor ? scenarioEditor : null;
		} catch (PartInitException e) {
			ILog.of(DefinitionNavigator.class).error("cannot open " + target, e);
			return null;
		}
	}

	private static IFile workspaceFile(URI uri) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (uri.isPlatformResource()) {
			return root.getFile(new Path(uri.toPlatformString(true)));
		}
		if (uri.isFile()) {
			IFile[] files = root.findFilesForLocationURI(java.net.URI.create(uri.toString()));
			return files.length == 0 ? null : files[0];
		}
		return null;
	}
}
