package org.aiaas.dsl.tests.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aiaas.dsl.quickfix.QuickFixes;
import org.aiaas.dsl.quickfix.TextFix;
import org.aiaas.dsl.tests.ScenarioFixture;
import org.aiaas.dsl.validation.AiaasLinkingDiagnosticMessageProvider;
import org.aiaas.dsl.validation.IssueCodes;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * The replacements behind the editor's quick fixes, computed from the validator's own issues: the
 * fix is asked for with the issue's code and region, exactly as the editor asks with a marker's.
 */
class QuickFixesTest {

	private final ScenarioFixture fixture = new ScenarioFixture();
	private final QuickFixes quickFixes = ScenarioFixture.injector().getInstance(QuickFixes.class);

	private static String scenario(String body) {
		return "scenario S {\n"
				+ "\tnode edge1 edge { gpus 1 x L4 }\n"
				+ "\tnode cloud1 cloud { gpus 8 x H100 }\n"
				+ body + "\n}\n";
	}

	/** The fixes of the only error with this code, and the text after the first fix. */
	private List<TextFix> fixesOfTheError(String text, String code) {
		XtextResource resource = (XtextResource) fixture.parse(text);
		List<Issue> errors = ScenarioFixture.errors(ScenarioFixture.validate(resource));
		List<Issue> matching = errors.stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, matching.size(), ScenarioFixture.describe(errors));
		Issue issue = matching.get(0);
		return quickFixes.fixes(resource, issue.getCode(), issue.getOffset(), issue.getLength());
	}

	private List<Issue> errorsOf(String text) {
		return ScenarioFixture.errors(ScenarioFixture.validate(fixture.parse(text)));
	}

	@Test
	void aMisspeltNodeIsReplacedByTheSuggestedOneAndTheErrorGoes() {
		String text = scenario("\tcell c { band n78 bandwidth 20 MHz backhaul edg1 }");
		List<TextFix> fixes = fixesOfTheError(text, AiaasLinkingDiagnosticMessageProvider.UNKNOWN_REFERENCE);

		// "edg1" is one insertion away from "edge1" and 5 edits from "cloud1" (more than a third of 6
		// letters), so the only plausible fix is edge1 — the name the message's "did you mean" gives.
		assertEquals(List.of("edge1"), fixes.stream().map(TextFix::replacement).toList());
		TextFix fix = fixes.get(0);
		assertEquals(text.indexOf("edg1 }"), fix.offset());
		assertEquals("edg1".length(), fix.length());
		String fixed = fix.applyTo(text);
		assertTrue(fixed.contains("backhaul edge1 }"), fixed);
		assertEquals(List.of(), errorsOf(fixed), "errors after the fix");
	}

	@Test
	void anAcceleratorOfTheStandardLibraryIsSuggestedForATypo() {
		// H10 is one letter short of H100, declared in stdlib/accelerators.aiaas (visible everywhere).
		String text = scenario("\tnode spare cloud { gpus 2 x H10 }");
		List<TextFix> fixes = fixesOfTheError(text, AiaasLinkingDiagnosticMessageProvider.UNKNOWN_REFERENCE);
		assertEquals("H100", fixes.get(0).replacement());
		assertEquals(List.of(), errorsOf(fixes.get(0).applyTo(text)));
	}

	@Test
	void withoutAPlausibleTypoTheFewKnownNamesAreOffered() {
		// "zzz" is three edits from every node name, more than a third of any of them: no "did you
		// mean"; two nodes are known (fewer than the 8 the message lists), so both are offered, sorted.
		String text = scenario("\tcell c { band n78 bandwidth 20 MHz backhaul zzz }");
		List<TextFix> fixes = fixesOfTheError(text, AiaasLinkingDiagnosticMessageProvider.UNKNOWN_REFERENCE);
		assertEquals(List.of("cloud1", "edge1"), fixes.stream().map(TextFix::replacement).toList());
	}

	@Test
	void aUnitOfTheWrongDimensionIsReplacedByEveryTimeUnit() {
		String text = scenario("\tlink edge1 -> cloud1 { bandwidth 10 Gbps latency 20 Gbps }");
		List<TextFix> fixes = fixesOfTheError(text, IssueCodes.WRONG_DIMENSION);

		// A link's latency is a time; the unit table lists time as ns, us, ms, s, min, h, d.
		assertEquals(List.of("ns", "us", "ms", "s", "min", "h", "d"),
				fixes.stream().map(TextFix::replacement).toList());
		TextFix ms = fixes.get(2);
		assertEquals(text.lastIndexOf("Gbps"), ms.offset());
		assertEquals("Gbps", ms.original());
		String fixed = ms.applyTo(text);
		assertTrue(fixed.contains("latency 20 ms }"), fixed);
		assertEquals(List.of(), errorsOf(fixed));
	}

	@Test
	void anUnknownUnitOffersTheClosestSymbolFirst() {
		// "mss" is one deletion from "ms" (and from nothing else of the time units within a third).
		String text = scenario("\tlink edge1 -> cloud1 { bandwidth 10 Gbps latency 20 mss }");
		List<TextFix> fixes = fixesOfTheError(text, IssueCodes.UNKNOWN_UNIT);
		assertEquals("ms", fixes.get(0).replacement());
		assertEquals(7, fixes.size(), "every time unit once: " + fixes);
		assertEquals(List.of(), errorsOf(fixes.get(0).applyTo(text)));
	}

	@Test
	void aMissingUnitIsAddedAfterTheNumber() {
		String text = scenario("\tlink edge1 -> cloud1 { bandwidth 10 Gbps latency 20 }");
		List<TextFix> fixes = fixesOfTheError(text, IssueCodes.MISSING_UNIT);
		TextFix ms = fixes.stream().filter(f -> f.replacement().equals(" ms")).findFirst().orElseThrow();
		// Inserted right after "20": nothing is replaced.
		assertEquals(text.indexOf("latency 20") + "latency 20".length(), ms.offset());
		assertEquals(0, ms.length());
		assertEquals(List.of(), errorsOf(ms.applyTo(text)));
	}

	@Test
	void aFixComputedForAnOlderTextIsRefused() {
		TextFix fix = new TextFix("Change to 'edge1'", 4, 4, "edg1", "edge1");
		assertTrue(fix.appliesTo("abc edg1 x"));
		assertEquals(false, fix.appliesTo("abc edge1 x".replace("edge1", "node9")));
	}

	@Test
	void otherIssuesHaveNoFix() {
		String text = scenario("\tnode edge1 edge { slots 2 }");
		XtextResource resource = (XtextResource) fixture.parse(text);
		Issue duplicate = ScenarioFixture.validate(resource).stream()
				.filter(i -> IssueCodes.DUPLICATE_NAME.equals(i.getCode())).findFirst().orElseThrow();
		assertEquals(List.of(), quickFixes.fixes(resource, duplicate.getCode(), duplicate.getOffset(),
				duplicate.getLength()));
	}
}
