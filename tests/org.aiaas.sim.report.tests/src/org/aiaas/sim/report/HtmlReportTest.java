package org.aiaas.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.aiaas.sim.api.SimulationResult;
import org.junit.jupiter.api.Test;

/** report.html opens offline, has its charts, and shows scenario text as text. */
class HtmlReportTest {

	private static final String NASTY = "<b>&\"x\"";

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	private static List<String> svgs(String html) {
		List<String> found = new ArrayList<>();
		Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	@Test
	void isSelfContained() {
		String html = HtmlReport.toHtml(SampleResults.of("s", SampleResults.fcfs()));
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertFalse(html.toLowerCase().contains("<script"), "no scripts");
		assertFalse(html.contains("http://") || html.contains("https://"), "no links to anything");
		assertFalse(html.contains(" src=") || html.contains(" href="), "no external resources");
	}

	@Test
	void hasOneSvgPerChart() {
		// CDF, wait/response, one queue-length chart per variant, utilisation, losses: 4 + variants
		String two = HtmlReport.toHtml(SampleResults.of("s", SampleResults.fcfs(), SampleResults.nothingCompleted("edf")));
		assertEquals(6, count(two, "<svg"));
		assertEquals(6, count(two, "</svg>"));
		String none = HtmlReport.toHtml(SampleResults.of("s"));
		assertEquals(5, count(none, "<svg"));
	}

	@Test
	void everyChartIsWellFormedXml() throws Exception {
		String html = HtmlReport.toHtml(SampleResults.of(NASTY, SampleResults.fcfs(), SampleResults.nothingCompleted(NASTY)));
		for (String svg : svgs(html)) {
			DocumentBuilderFactory.newInstance().newDocumentBuilder()
					.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		}
	}

	@Test
	void scenarioAndVariantNamesAreEscaped() {
		String html = HtmlReport.toHtml(SampleResults.of(NASTY, SampleResults.nothingCompleted(NASTY)));
		assertFalse(html.contains(NASTY), "raw name must not reach the page");
		assertFalse(html.contains("<b>"), "no markup from the scenario");
		assertTrue(html.contains("&lt;b&gt;&amp;&quot;x&quot;"));
	}

	@Test
	void aVariantWithNoCompletedRequestsShowsDashesWithTheReasonAndNoData() {
		SimulationResult r = SampleResults.of("s", SampleResults.nothingCompleted("zero queue"));
		String html = HtmlReport.toHtml(r);
		assertTrue(html.contains("<span class=\"undef\" title=\"no request completed\">—</span>"), html);
		assertTrue(html.contains("no data: no request completed"), "the CDF chart says why it is empty");
		assertTrue(html.contains("a zero-length queue loses every request"), "warnings are shown");
	}

	@Test
	void metricsShowMeanPlusMinusHalfWidth() {
		String html = HtmlReport.toHtml(SampleResults.of("s", SampleResults.fcfs()));
		assertTrue(html.contains("<td>Mean waiting time</td><td class=\"num\">0.25 ± 0.0625 s</td>"), html);
		assertTrue(html.contains("<td>Throughput</td><td class=\"num\">7 ± 0.5 req/s</td>"), html);
	}
}
