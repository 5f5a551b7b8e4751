package org.aiaas.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;

/** results.json against the schema in docs/results-schema.md, written out by hand. */
class ResultsJsonTest {

	@Test
	void aSmallResultGivesExactlyTheDocumentedText() {
		String expected = """
				{
				  "schema": "aiaas-results/1",
				  "scenario": "two \\"GPUs\\"",
				  "seed": 42,
				  "replications": 3,
				  "durationS": 100.0,
				  "warmupS": 10.0,
				  "variants": [
				    {
				      "name": "fcfs",
				      "offered": 8,
				      "completed": 7,
				      "lost": 1,
				      "lostByCause": {
				        "queue": 1,
				        "deadline": 0,
				        "memory": 0,
				        "radio": 0
				      },
				      "metrics": {
				        "meanWaitS": {"mean": 0.25, "ci95": 0.0625},
				        "meanResponseS": {"mean": 0.75, "ci95": 0.125},
				        "p50ResponseS": {"mean": 0.5, "ci95": 0.25},
				        "p95ResponseS": {"mean": 2.0, "ci95": 0.5},
				        "p99ResponseS": {"mean": 3.0, "ci95": null, "reason": "one replication: no interval"},
				        "lossRate": {"mean": 0.125, "ci95": 0.0},
				        "throughputPerS": {"mean": 7.0, "ci95": 0.5},
				        "slaAttainment": {"mean": 0.875, "ci95": 0.03125},
				        "jainFairness": {"mean": 1.0, "ci95": 0.0}
				      },
				      "utilization": {
				        "gpu": 0.5
				      },
				      "nodes": [
				        {
				          "name": "gpu",
				          "utilization": {"mean": 0.5, "ci95": 0.25},
				          "meanQueueLength": {"mean": 1.5, "ci95": 0.5},
				          "queueLength": [[0.0, 0.0], [10.0, 2.0]]
				        }
				      ],
				      "responseCdf": [[0.5, 0.5], [3.0, 1.0]],
				      "warnings": [
				        "queue grows"
				      ]
				    }
				  ]
				}
				""";
		assertEquals(expected, ResultsJson.toJson(SampleResults.of("two \"GPUs\"", SampleResults.fcfs())));
	}

	@Test
	void theSameInputGivesByteIdenticalOutputWhateverTheMapOrder() {
		VariantResult a = SampleResults.fcfs();
		Map<String, MetricValue> reversed = new LinkedHashMap<>();
		List<String> keys = List.copyOf(a.metrics().keySet());
		for (int i = keys.size() - 1; i >= 0; i--) {
			reversed.put(keys.get(i), a.metrics().get(keys.get(i)));
		}
		Map<String, Long> causes = new HashMap<>(Map.of("radio", 0L, "queue", 1L));
		VariantResult b = new VariantResult(a.name(), a.offered(), a.completed(), a.lost(), causes, reversed,
				a.nodes(), a.responseCdf(), a.warnings());
		String first = ResultsJson.toJson(SampleResults.of("s", a));
		assertEquals(first, ResultsJson.toJson(SampleResults.of("s", a)));
		assertEquals(first, ResultsJson.toJson(SampleResults.of("s", b)));
	}

	@Test
	void undefinedMetricsAreNullWithTheirReason() {
		String json = ResultsJson.toJson(SampleResults.of("s", SampleResults.nothingCompleted("edf")));
		assertTrue(json.contains("\"meanWaitS\": {\"mean\": null, \"ci95\": null, \"reason\": \"no request completed\"}"),
				json);
		assertTrue(json.contains("\"lossRate\": {\"mean\": 1.0, \"ci95\": 0.0}"), json);
		assertTrue(json.contains("\"responseCdf\": []"), json);
		assertTrue(json.contains("\"queueLength\": []"), json);
	}

	@Test
	void aDocumentedMetricTheEngineLeftOutIsNullWithAReason() {
		VariantResult v = new VariantResult("v", 0, 0, 0, Map.of(), Map.of("custom", new MetricValue(2.0, 0.0, null)),
				List.of(), List.of(), List.of());
		String json = ResultsJson.toJson(SampleResults.of("s", v));
		assertTrue(json.contains(
				"\"meanWaitS\": {\"mean\": null, \"ci95\": null, \"reason\": \"not computed by this run\"}"), json);
		// extra keys follow the documented ones
		assertTrue(json.indexOf("\"jainFairness\"") < json.indexOf("\"custom\": {\"mean\": 2.0"), json);
	}

	@Test
	void aNullWithoutAReasonGetsOne() {
		VariantResult v = new VariantResult("v", 0, 0, 0, Map.of(),
				Map.of("meanWaitS", new MetricValue(0.5, null, null)), List.of(), List.of(), List.of());
		String json = ResultsJson.toJson(SampleResults.of("s", v));
		assertTrue(json.contains("\"meanWaitS\": {\"mean\": 0.5, \"ci95\": null, \"reason\": \""
				+ ResultsJson.NO_REASON + "\"}"), json);
	}

	@Test
	void noNaNReachesTheFile() {
		VariantResult v = new VariantResult("v", 1, 1, 0, Map.of(), Map.of(), List.of(), List.of(
				new VariantResult.CdfPoint(Double.NaN, 1.0)), List.of());
		assertThrows(IllegalArgumentException.class, () -> ResultsJson.toJson(SampleResults.of("s", v)));
	}

	@Test
	void aRunWithoutVariantsIsStillADocument() {
		SimulationResult r = new SimulationResult("empty", 1, 1, 0.0, 0.0, List.of());
		assertTrue(ResultsJson.toJson(r).endsWith("  \"warmupS\": 0.0,\n  \"variants\": []\n}\n"));
	}
}
