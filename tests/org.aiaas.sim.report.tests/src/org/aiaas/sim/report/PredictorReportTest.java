package org.aiaas.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.PredictorGain;
import org.aiaas.sim.api.PredictorSummary;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;

/** The learned predictor in results.json, the summary lines and report.html. */
class PredictorReportTest {

	private static VariantResult variant(String name, double meanResponse) {
		return new VariantResult(name, 10, 10, 0, Map.of(), Map.of("meanResponseS", new MetricValue(meanResponse, 0.25, null)),
				List.of(), List.of(), List.of());
	}

	// Mean responses 4 s (fcfs), 2.5 s (predicted), 2 s (true sizes): share = (4 − 2.5) / (4 − 2) = 0.75.
	private static final SimulationResult RESULT = new SimulationResult("S", 1, 3, 100, 10,
			List.of(variant("fcfs", 4), variant("sjf sizes predicted", 2.5), variant("sjf", 2)),
			new PredictorSummary(5000, 4000, 1000, 0.9375, 0.96875, "dense 12-32-32-1"));

	@Test
	void theRecoveredShareIsComputedFromTheThreeMeanResponses() {
		assertEquals(List.of(new PredictorGain("sjf sizes predicted", "sjf", "fcfs", 0.75)),
				PredictorGain.of(RESULT.variants()));
	}

	@Test
	void noShareWithoutABaselineOrATrueSizeTwin() {
		assertEquals(List.of(), PredictorGain.of(List.of(variant("fcfs", 4), variant("sjf sizes predicted", 2.5))));
		assertEquals(List.of(), PredictorGain.of(List.of(variant("sjf", 2), variant("sjf sizes predicted", 2.5))));
	}

	@Test
	void resultsJsonCarriesThePredictor() {
		String json = ResultsJson.toJson(RESULT);
		// Compared without white space: the layout (indentation, inline objects) is JsonWriter's business.
		assertTrue(json.replaceAll("\\s+", "").contains("\"predictor\":{\"samples\":5000,\"trainSamples\":4000,"
				+ "\"heldOutSamples\":1000,\"r2\":0.9375,\"r2Log\":0.96875,\"model\":\"dense12-32-32-1\","
				+ "\"recoveredGain\":[{\"variant\":\"sjfsizespredicted\",\"ideal\":\"sjf\",\"baseline\":\"fcfs\","
				+ "\"share\":0.75}]}"), json);
		assertTrue(!ResultsJson.toJson(SampleResults.of("S", SampleResults.fcfs())).contains("predictor"),
				"no key without a predictor");
	}

	@Test
	void summaryLinesAndReport() {
		List<String> lines = PredictorLines.of(RESULT);
		assertEquals(List.of("predictor R² 0.938 on 1000 held-out requests (R² of ln seconds 0.969; trained on 4000 of"
				+ " 5000 pilot requests; dense 12-32-32-1)", "sjf sizes predicted recovers 75 % of the gain of sjf over fcfs"),
				lines);
		assertTrue(HtmlReport.toHtml(RESULT).contains("<p>sjf sizes predicted recovers 75 % of the gain of sjf over fcfs</p>"));
	}
}
