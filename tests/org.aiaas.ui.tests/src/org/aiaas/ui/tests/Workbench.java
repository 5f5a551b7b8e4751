package org.aiaas.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.aiaas.ui.editor.ScenarioEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** The running workbench as the tests drive it: a project of examples, editors, the event loop. */
final class Workbench {

	private Workbench() {
	}

	/** The example copied into the workspace project "examples" (created on first use). */
	static IFile example(String name) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("examples");
		if (!project.exists()) {
			project.create(new NullProgressMonitor());
		}
		project.open(new NullProgressMonitor());
		IFile file = project.getFile(name);
		if (!file.exists()) {
			Path source = Path.of(System.getProperty("aiaas.examples", "../../examples"), name);
			try (InputStream in = Files.newInputStream(source)) {
				file.create(in, true, new NullProgressMonitor());
			}
		}
		return file;
	}

	/** A fresh file with this text in the workspace project "scratch" (replaced if it exists). */
	static IFile file(String name, String text) throws CoreException {
		IProject project = scratchProject();
		IFile file = project.getFile(name);
		InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, false, new NullProgressMonitor());
		} else {
			file.create(in, true, new NullProgressMonitor());
		}
		return file;
	}

	/** The workspace project "scratch" for files the tests write (created on first use). */
	static IProject scratchProject() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("scratch");
		if (!project.exists()) {
			project.create(new NullProgressMonitor());
		}
		project.open(new NullProgressMonitor());
		return project;
	}

	/** The repository's examples folder (where the build runs the tests from). */
	static Path examplesFolder() {
		return Path.of(System.getProperty("aiaas.examples", "../../examples"));
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static ScenarioEditor open(IFile file) throws PartInitException {
		return (ScenarioEditor) IDE.openEditor(page(), file, ScenarioEditor.ID, true);
	}

	static IDocument document(ScenarioEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Runs the event loop until the condition holds; false if it did not within the time. */
	static boolean waitUntil(BooleanSupplier condition, Duration timeout) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			while (display.readAndDispatch()) {
				// drain pending UI work
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/** Lets pending paints and layouts happen. */
	static void settle() {
		long end = System.nanoTime() + Duration.ofMillis(300).toNanos();
		waitUntil(() -> System.nanoTime() > end, Duration.ofSeconds(1));
	}

	/** Saves what the workbench window shows as a PNG (the display's pixels, as under Xvfb). */
	static Path screenshot(String name) throws IOException {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		settle();
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		image.dispose();
		Path directory = Path.of(System.getProperty("aiaas.screenshots", "target/screenshots"));
		Files.createDirectories(directory);
		Path file = directory.resolve(name);
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}
}
