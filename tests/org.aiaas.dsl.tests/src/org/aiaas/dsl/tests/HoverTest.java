package org.aiaas.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/** Hovering shows figures computed from the model: conversions, capacities, slot lengths, loads. */
class HoverTest {

	private static final String TEXT = "scenario S {\n"
			+ "  node server cloud { gpus 4 x H100 queue 50 }\n"
			+ "  cell c1 { band n78 bandwidth 100 MHz numerology 1 backhaul server }\n"
			+ "  link server -> server2 { bandwidth 10 Gbps }\n"
			+ "  node server2 cloud { }\n"
			+ "  workload w at server { arrivals poisson 8 /s service exponential 100 ms }\n"
			+ "}\n";

	private final ScenarioFixture fixture = new ScenarioFixture();

	private String hoverAt(String marker) {
		XtextResource resource = (XtextResource) fixture.parse(TEXT);
		EObject element = ScenarioFixture.injector().getInstance(EObjectAtOffsetHelper.class)
				.resolveElementAt(resource, TEXT.indexOf(marker));
		return ScenarioFixture.injector().getInstance(IEObjectDocumentationProvider.class).getDocumentation(element);
	}

	@Test
	void aQuantityShowsItsBaseUnit() {
		// 10 Gbps = 10e9 bit/s ÷ 8 = 1.25e9 B/s.
		assertEquals("10 Gbps = 1.25 GB/s — a data rate", hoverAt("10 Gbps"));
	}

	@Test
	void aNodeShowsItsCapacity() {
		// 4 accelerators and no 'slots': one request per accelerator.
		assertEquals("cloud node server: 4 × H100, serves 4 requests at once, queue 50", hoverAt("server cloud"));
	}

	@Test
	void aCellShowsItsNumerology() {
		// μ = 1: 15 kHz × 2 = 30 kHz subcarriers, slot 1 ms / 2 = 0.5 ms (TS 38.211).
		assertEquals("cell c1: band n78, μ = 1: subcarrier spacing 30 kHz, slot 500 µs, backhaul server",
				hoverAt("c1 {"));
	}

	@Test
	void aWorkloadShowsItsOfferedLoad() {
		// λ = 8/s, E[S] = 0.1 s: 0.8 erlangs.
		assertEquals("workload w: 8 /s on average, mean service 100 ms, offered load 0.8 erlangs", hoverAt("w at"));
	}
}
