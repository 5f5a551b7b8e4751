package org.aiaas.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;

import org.aiaas.dsl.ide.AiaasIdeSetup;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The scenario language as a Language Server (LSP over JSON-RPC): diagnostics, completion, hover,
 * formatting… for any LSP editor, from the same UI-free services the workbench uses. The language
 * is registered explicitly rather than found through {@code ServiceLoader}, so the server works
 * the same on a plain classpath and inside OSGi.
 */
public final class AiaasLanguageServer {

	private AiaasLanguageServer() {
	}

	/** A server speaking LSP on the given streams; call {@code startListening()} on the result. */
	public static Launcher<LanguageClient> launcher(InputStream in, OutputStream out) {
		Injector language = new AiaasIdeSetup().createInjectorAndDoEMFRegistration();
		ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("aiaas", language.getInstance(IResourceServiceProvider.class));
		Injector server = Guice.createInjector(Modules.override(new ServerModule())
				.with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)));
		LanguageServerImpl languageServer = server.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(languageServer, in, out);
		languageServer.connect(launcher.getRemoteProxy());
		return launcher;
	}
}
