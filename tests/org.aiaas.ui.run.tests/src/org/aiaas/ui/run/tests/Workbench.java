package org.aiaas.ui.run.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The running workbench as these tests drive it: a project of examples, the event loop, screenshots. */
final class Workbench {

	private Workbench() {
	}

	/** The project "runs" (created on first use). */
	static IProject project() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("runs");
		if (!project.exists()) {
			project.create(new NullProgressMonitor());
		}
		project.open(new NullProgressMonitor());
		return project;
	}

	/** The example {@code examples/<source>} copied into the project as {@code name}. */
	static IFile example(String source, String name) throws CoreException, IOException {
		IFile file = project().getFile(name);
		if (!file.exists()) {
			Path path = Path.of(System.getProperty("aiaas.examples", "../../examples"), source);
			try (InputStream in = Files.newInputStream(path)) {
				file.create(in, true, new NullProgressMonitor());
			}
		}
		return file;
	}

	/** A file with the given text in the project. */
	static IFile file(String name, String text) throws CoreException {
		IFile file = project().getFile(name);
		java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, false, new NullProgressMonitor());
		} else {
			file.create(in, true, new NullProgressMonitor());
		}
		return file;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
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
		long end = System.nanoTime() + Duration.ofMillis(500).toNanos();
		waitUntil(() -> System.nanoTime() > end, Duration.ofSeconds(2));
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
