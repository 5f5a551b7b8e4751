package org.aiaas.ui.run.launch;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Tells the user that a run could not start or failed: the lines go to the console and into a
 * dialog — file:line:column messages, never a stack trace. Tests switch the dialog off, since a
 * modal dialog would wait for a click.
 */
public final class ErrorReporter {

	private static volatile boolean dialogs = true;

	private ErrorReporter() {
	}

	/** Whether errors also open a dialog (true in the workbench; tests turn it off). */
	public static void setDialogs(boolean show) {
		dialogs = show;
	}

	public static void report(String title, List<String> lines) {
		RunConsole.print(lines);
		if (!dialogs || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), title, String.join("\n", lines)));
	}
}
