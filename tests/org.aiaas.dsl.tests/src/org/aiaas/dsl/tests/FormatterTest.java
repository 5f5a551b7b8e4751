package org.aiaas.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aiaas.dsl.formatting.ScenarioFormatting;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/** Formatting tidies spacing and indentation and keeps the author's line structure. */
class FormatterTest {

	private final ScenarioFixture fixture = new ScenarioFixture();
	private final ScenarioFormatting formatting = ScenarioFixture.injector().getInstance(ScenarioFormatting.class);

	private String format(String text) {
		return formatting.format((XtextResource) fixture.parse(text));
	}

	@Test
	void spacingAndIndentationAreNormalised() {
		String messy = "scenario   S {  seed 1\n"
				+ "      node n cloud {slots   2\n"
				+ "  queue 10}\n"
				+ "workload w at n { arrivals poisson 8 /s  service mixture {0.9:exponential 10 ms ,0.1 : exponential 910 ms} }\n"
				+ "}\n";
		String expected = "scenario S {\n"
				+ "\tseed 1\n"
				+ "\tnode n cloud {\n"
				+ "\t\tslots 2\n"
				+ "\t\tqueue 10\n"
				+ "\t}\n"
				+ "\tworkload w at n { arrivals poisson 8 /s service mixture { 0.9 : exponential 10 ms, 0.1 : exponential 910 ms } }\n"
				+ "}\n";
		assertEquals(expected, format(messy));
	}

	@Test
	void unitsSignedNumbersAndSweepTargetsStayTight() {
		// Units ("$/h", "/s") and signed numbers ("-3") are datatype tokens: formatting never splits them.
		String text = "scenario S {\n"
				+ "\tcell c { band n78 bandwidth 20 MHz txpower -3 dBm backhaul n }\n"
				+ "\tnode n edge { price 1 $/h }\n"
				+ "\tworkload w at n { arrivals poisson 1 /s service constant 1 ms }\n"
				+ "\tsweep w.rate 1 /s .. 4 /s steps 4\n"
				+ "}\n";
		assertEquals(text, format(text.replace("w.rate", "w . rate").replace("20 MHz", "20   MHz")));
	}

	@Test
	void formattingTwiceChangesNothing() {
		String once = format(ParsingTest.EDGE_VS_CLOUD);
		assertEquals(once, format(once));
	}
}
