package org.aiaas.train.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aiaas.train.api.EpochResult;
import org.aiaas.train.api.TrainingHistory;
import org.aiaas.train.report.JobOutcome;
import org.aiaas.train.report.TrainingReport;
import org.aiaas.train.report.TrainingResultsJson;
import org.junit.jupiter.api.Test;

/** results.json and report.html of a training run: documented keys in order, null for missing figures. */
class TrainingResultsJsonTest {

	private static JobOutcome regressionJob() {
		// A regression has no accuracy: NaN in the history, null in the file.
		TrainingHistory history = new TrainingHistory(List.of(new EpochResult(1, 0.5, Double.NaN, 0.25, Double.NaN, 0.125)),
				1, "ran all 1 epochs", 0.375, Double.NaN);
		return new JobOutcome("fit", "1-8-1", 70, 15, 15, history, null, null, "fit.model");
	}

	@Test
	void aCentralisedJobHasItsEpochsTestScoresAndModelFile() {
		String json = TrainingResultsJson.toJson("Fit", 3, List.of(regressionJob()));
		assertEquals("""
				{
				  "schema": "aiaas-training/1",
				  "scenario": "Fit",
				  "seed": 3,
				  "jobs": [
				    {
				      "name": "fit",
				      "kind": "centralised",
				      "network": "1-8-1",
				      "samples": {"train": 70, "validation": 15, "test": 15},
				      "epochs": [
				        {"epoch": 1, "trainLoss": 0.5, "trainAccuracy": null, "validationLoss": 0.25, "validationAccuracy": null, "seconds": 0.125}
				      ],
				      "bestEpoch": 1,
				      "stopReason": "ran all 1 epochs",
				      "test": {"loss": 0.375, "accuracy": null},
				      "modelFile": "fit.model"
				    }
				  ]
				}
				""", json);
	}

	@Test
	void theReportIsOnePageWithEscapedNamesAndBothCharts() {
		String html = TrainingReport.toHtml("<Fit>", 3, List.of(regressionJob()));
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertTrue(html.contains("Training report: &lt;Fit&gt;"), html);
		assertTrue(html.contains("fit: loss per epoch") && html.contains("no accuracy: a regression job"), html);
		assertTrue(!html.contains("<script") && !html.contains("href="), html);
	}
}
