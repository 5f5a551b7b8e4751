package org.aiaas.ui.run.launch;

import java.io.IOException;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/**
 * The "AIaaS Runs" console: what {@code aiaas run} and {@code aiaas train} would print — the
 * summary table, errors as FILE:LINE:COLUMN lines, where the files went. One console for all runs.
 */
public final class RunConsole {

	public static final String NAME = "AIaaS Runs";

	private RunConsole() {
	}

	public static MessageConsole get() {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		for (IConsole console : manager.getConsoles()) {
			if (NAME.equals(console.getName()) && console instanceof MessageConsole message) {
				return message;
			}
		}
		MessageConsole console = new MessageConsole(NAME, null);
		manager.addConsoles(new IConsole[] { console });
		return console;
	}

	/** Prints the lines and brings the console forward. */
	public static void print(Iterable<String> lines) {
		MessageConsole console = get();
		try (MessageConsoleStream out = console.newMessageStream()) {
			for (String line : lines) {
				out.println(line);
			}
		} catch (IOException e) {
			// closing a console stream does not fail in practice; nothing to do if it does
		}
		ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
	}

	public static void print(String line) {
		print(java.util.List.of(line));
	}

	/** The console's text so far (tests, and a quick look). */
	public static String text() {
		return get().getDocument().get();
	}
}
