package org.aiaas.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;

/** The LLM metrics are reported only for variants that have them, in documented order. */
class MetricKeyTest {

	@Test
	void llmKeysAppearOnlyWhenTheEngineComputedThem() {
		VariantResult plain = SampleResults.fcfs();
		assertFalse(MetricKey.reportedKeys(plain).contains("meanTtftS"));
		assertFalse(ResultsJson.toJson(SampleResults.of("s", plain)).contains("Ttft"));

		Map<String, MetricValue> metrics = new java.util.LinkedHashMap<>(plain.metrics());
		metrics.put("meanTbtS", new MetricValue(0.02, 0.001, null));
		metrics.put("meanTtftS", new MetricValue(0.1, 0.01, null));
		VariantResult llm = new VariantResult("llm", 8, 7, 1, plain.lostByCause(), metrics, plain.nodes(),
				plain.responseCdf(), List.of());
		List<String> keys = MetricKey.reportedKeys(llm);
		// documented order: ... jainFairness, meanTtftS, meanTbtS; absent LLM keys are left out
		int fairness = keys.indexOf("jainFairness");
		assertEquals(List.of("jainFairness", "meanTtftS", "meanTbtS"), keys.subList(fairness, fairness + 3));
		assertFalse(keys.contains("p95TtftS"));
	}
}
