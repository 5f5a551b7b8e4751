package org.aiaas.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.aiaas.dsl.ide.server.AiaasLanguageServer;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `aiaas lsp`: an LSP4J client opens a scenario and gets diagnostics and completion over JSON-RPC. */
class LanguageServerTest {

	@TempDir
	Path folder;

	/** Collects what the server pushes; diagnostics of the opened file complete the future. */
	private static final class Client implements LanguageClient {
		final CompletableFuture<PublishDiagnosticsParams> diagnostics = new CompletableFuture<>();
		private final String uri;

		Client(String uri) {
			this.uri = uri;
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			if (params.getUri().equals(uri)) {
				diagnostics.complete(params);
			}
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}

	@Test
	void diagnosticsAndCompletionOverLsp() throws Exception {
		String text = "scenario Q {\n  node server cloud { }\n  node edge1 edge { }\n"
				+ "  workload jobs at servr { arrivals poisson 1 /s service constant 1 ms }\n}\n";
		Path file = folder.resolve("q.aiaas");
		Files.writeString(file, text);
		String uri = file.toUri().toString();

		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		PipedOutputStream clientOut = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		AiaasLanguageServer.launcher(serverIn, serverOut).startListening();
		Client client = new Client(uri);
		Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
		clientLauncher.startListening();
		LanguageServer server = clientLauncher.getRemoteProxy();

		InitializeParams init = new InitializeParams();
		init.setRootUri(folder.toUri().toString());
		server.initialize(init).get(60, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "aiaas", 1, text)));

		// Line 4 (0-based 3) "  workload jobs at servr {": 'servr' starts at character 19.
		PublishDiagnosticsParams published = client.diagnostics.get(60, TimeUnit.SECONDS);
		List<Diagnostic> diagnostics = published.getDiagnostics();
		assertEquals(1, diagnostics.size(), diagnostics.toString());
		assertEquals("unknown node 'servr'; did you mean 'server'?", diagnostics.get(0).getMessage().getLeft());
		assertEquals(new Position(3, 19), diagnostics.get(0).getRange().getStart());

		// Completion at the reference: both nodes are proposed.
		CompletionParams completion = new CompletionParams(new TextDocumentIdentifier(uri), new Position(3, 19));
		var answer = server.getTextDocumentService().completion(completion).get(60, TimeUnit.SECONDS);
		List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
		List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.containsAll(List.of("server", "edge1")), labels.toString());

		server.shutdown().get(30, TimeUnit.SECONDS);
		close(clientOut, serverOut);
	}

	private static void close(PipedOutputStream... streams) throws IOException {
		for (PipedOutputStream stream : streams) {
			stream.close();
		}
	}
}
