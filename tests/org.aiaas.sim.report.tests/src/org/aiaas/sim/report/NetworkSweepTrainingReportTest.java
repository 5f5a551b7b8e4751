package org.aiaas.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.aiaas.sim.api.LinkResult;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.SweepValue;
import org.aiaas.sim.api.TrainingJobResult;
import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;

/** Sweep values, links and training jobs in results.json and report.html. */
class NetworkSweepTrainingReportTest {

	private static VariantResult point(int slots, double meanResponse) {
		VariantResult base = SampleResults.fcfs();
		Map<String, MetricValue> metrics = new java.util.LinkedHashMap<>(base.metrics());
		metrics.put("meanResponseS", new MetricValue(meanResponse, 0.25, null));
		LinkResult link = new LinkResult("edge1 -> cloud1", 100.0, 0.005, 0.1, new MetricValue(4000000.0, 0.5, null),
				new MetricValue(0.32, 0.0, null), new MetricValue(0.0082, 0.0, null), new MetricValue(0.125, 0.0, null),
				8, 1);
		TrainingJobResult job = new TrainingJobResult("pretrain", List.of("trainer"), 4, 4.0e12, 100, 1.5, 150.0, 0.25,
				new MetricValue(0.0, 0.0, null), new MetricValue(150.0, 0.0, null), 3);
		return new VariantResult("fcfs · gpu.slots=" + slots, base.offered(), base.completed(), base.lost(),
				base.lostByCause(), metrics, base.nodes(), base.responseCdf(), List.of(), List.of(),
				List.of(new SweepValue("gpu.slots", slots, "")), List.of(link), List.of(job));
	}

	private static SimulationResult result() {
		return SampleResults.of("sweep", point(2, 0.75), point(4, 0.5));
	}

	@Test
	void resultsJsonHasTheSweepValueLinksAndTrainingJobs() {
		String json = ResultsJson.toJson(result());
		assertTrue(json.contains("\"name\": \"fcfs · gpu.slots=2\",\n      \"sweep\": {\n"
				+ "        \"gpu.slots\": {\"value\": 2.0, \"unit\": \"\"}\n      },"), json);
		assertTrue(json.contains("\"links\": {\n        \"edge1 -> cloud1\": {\n          \"bandwidthMbps\": 100.0,\n"
				+ "          \"latencyS\": 0.005,\n          \"lossProbability\": 0.1,\n"
				+ "          \"carriedBytesPerS\": {\"mean\": 4000000.0, \"ci95\": 0.5},\n"
				+ "          \"utilization\": {\"mean\": 0.32, \"ci95\": 0.0},\n"
				+ "          \"meanTransferS\": {\"mean\": 0.0082, \"ci95\": 0.0},\n"
				+ "          \"lossRate\": {\"mean\": 0.125, \"ci95\": 0.0},\n"
				+ "          \"transfers\": 8,\n          \"lost\": 1\n        }\n      }"), json);
		assertTrue(json.contains("\"trainingJobs\": {\n        \"pretrain\": {\n          \"nodes\": [\"trainer\"],\n"
				+ "          \"accelerators\": 4,\n          \"flops\": 4.0E12,\n          \"steps\": 100,\n"
				+ "          \"stepS\": 1.5,\n          \"runS\": 150.0,\n          \"acceleratorHours\": 0.25,\n"
				+ "          \"startS\": {\"mean\": 0.0, \"ci95\": 0.0},\n"
				+ "          \"completionS\": {\"mean\": 150.0, \"ci95\": 0.0},\n"
				+ "          \"finishedReplications\": 3\n        }\n      }"), json);
	}

	@Test
	void withoutSweepLinksOrJobsTheKeysAreAbsent() {
		String json = ResultsJson.toJson(SampleResults.of("plain", SampleResults.fcfs()));
		assertTrue(!json.contains("\"sweep\"") && !json.contains("\"links\"") && !json.contains("\"trainingJobs\""));
	}

	@Test
	void reportHasLinkAndTrainingSectionsAndFourSweepCharts() {
		String html = HtmlReport.toHtml(result());
		assertTrue(html.contains("<h2>Links</h2>") && html.contains("edge1 -&gt; cloud1"), "links section");
		assertTrue(html.contains("<h2>Training jobs</h2>") && html.contains("Accelerator-hours"), "training section");
		// 6 charts for two variants (CDF, wait/response, 2 queue lengths, utilisation, losses) + 4 sweep charts.
		assertEquals(10, html.split("<svg", -1).length - 1);
		assertTrue(html.contains("Mean response time vs. gpu.slots"));
		assertTrue(html.contains("Utilisation of the busiest node vs. gpu.slots"));
	}

	@Test
	void sweepChartsDrawOneLinePerPolicyOverTheSweptValues() {
		List<SvgChart> charts = SweepCharts.all(result().variants());
		assertEquals(4, charts.size());
		String svg = charts.get(0).toSvg();
		// one series named "fcfs" (the name without the swept value)
		assertTrue(svg.contains(">fcfs<"), svg);
	}
}
