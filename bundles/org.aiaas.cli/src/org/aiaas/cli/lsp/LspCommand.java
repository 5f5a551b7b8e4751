package org.aiaas.cli.lsp;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.aiaas.cli.Command;
import org.aiaas.cli.ExitCode;
import org.aiaas.cli.Terminal;
import org.aiaas.cli.UsageException;
import org.aiaas.dsl.ide.server.AiaasLanguageServer;

/**
 * {@code aiaas lsp}: the scenario language as a Language Server on standard input and output, for
 * VS Code or any LSP editor (diagnostics, completion, hover). Standard output carries only the
 * protocol; messages go to standard error.
 */
public final class LspCommand implements Command {

	@Override
	public String name() {
		return "lsp";
	}

	@Override
	public String synopsis() {
		return "";
	}

	@Override
	public String summary() {
		return "serve the scenario language over LSP on stdin/stdout (for VS Code and other LSP editors)";
	}

	@Override
	public int run(List<String> args, Terminal terminal) throws UsageException {
		if (!args.isEmpty()) {
			throw new UsageException("lsp: takes no arguments (it speaks LSP on stdin/stdout)");
		}
		// Only the protocol may reach standard output: whatever prints to System.out (log4j's
		// console appender, for one) goes to standard error instead.
		FileOutputStream protocol = new FileOutputStream(FileDescriptor.out);
		System.setOut(terminal.err());
		try {
			AiaasLanguageServer.launcher(System.in, protocol).startListening().get();
			return ExitCode.OK;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ExitCode.OK;
		} catch (ExecutionException e) {
			terminal.err().println("aiaas: lsp: the connection ended: " + e.getCause());
			return ExitCode.USAGE_OR_IO;
		}
	}
}
