package org.aiaas.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Content assist proposes what the grammar and the scope allow at the cursor. */
class ContentAssistTest {

	private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

	@AfterAll
	static void stopPool() {
		POOL.shutdownNow();
	}

	/** Proposals at the place marked with '|' in the text. */
	private static List<String> proposalsAt(String textWithCursor) {
		int offset = textWithCursor.indexOf('|');
		String text = textWithCursor.replace("|", "");
		XtextResource resource = IdeFixture.parse(text);
		ContentAssistContextFactory factory = IdeFixture.INJECTOR.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalProvider provider = IdeFixture.INJECTOR.getInstance(IdeContentProposalProvider.class);
		IdeContentProposalAcceptor acceptor = IdeFixture.INJECTOR.getInstance(IdeContentProposalAcceptor.class);
		provider.createProposals(Arrays.asList(contexts), acceptor);
		List<String> proposals = new ArrayList<>();
		acceptor.getEntries().forEach(entry -> proposals.add(entry.getProposal()));
		return proposals;
	}

	@Test
	void aBackhaulProposesTheDeclaredNodes() {
		List<String> proposals = proposalsAt("scenario S {\n  node edge1 edge { }\n  node cloud1 cloud { }\n"
				+ "  cell c { band n78 bandwidth 20 MHz backhaul | }\n}\n");
		// Exactly the two nodes: cells, accelerators and other names are not nodes.
		assertEquals(List.of("cloud1", "edge1"), proposals.stream().sorted().toList());
	}

	@Test
	void gpusProposeTheStandardLibraryAccelerators() {
		List<String> proposals = proposalsAt("scenario S {\n  node n cloud { gpus 1 x | }\n}\n");
		assertTrue(proposals.containsAll(List.of("H100", "A100", "L4")), proposals.toString());
	}

	@Test
	void insideANodeTheNodePropertiesAreProposed() {
		List<String> proposals = proposalsAt("scenario S {\n  node n cloud { | }\n}\n");
		assertTrue(proposals.containsAll(List.of("gpus", "slots", "queue", "price", "efficiency", "site", "}")),
				proposals.toString());
		assertTrue(!proposals.contains("bandwidth"), "bandwidth is a cell or link property: " + proposals);
	}

	@Test
	void thePlacementPolicyIsProposedByName() {
		List<String> proposals = proposalsAt("scenario S {\n  placement |\n}\n");
		assertEquals(List.of("cloud-only", "cost-aware", "edge-first", "edge-only", "latency-aware", "least-loaded"),
				proposals.stream().sorted().toList());
	}
}
