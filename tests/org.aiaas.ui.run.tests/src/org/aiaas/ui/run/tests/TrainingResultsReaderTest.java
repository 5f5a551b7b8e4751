package org.aiaas.ui.run.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aiaas.ui.run.results.ChartData;
import org.aiaas.ui.run.results.ResultsFormatException;
import org.aiaas.ui.run.results.TrainingCharts;
import org.aiaas.ui.run.results.TrainingResults;
import org.aiaas.ui.run.results.TrainingResultsReader;
import org.aiaas.ui.run.results.TrainingSummary;
import org.junit.jupiter.api.Test;

/** The training results file (aiaas-training/1) read for the results editor, on Fixtures.TRAINING_EXAMPLE. */
class TrainingResultsReaderTest {

	@Test
	void theSchemaDecidesWhichReaderTheEditorUses() {
		assertTrue(TrainingResultsReader.isTrainingFile(Fixtures.TRAINING_EXAMPLE));
		assertFalse(TrainingResultsReader.isTrainingFile(Fixtures.SCHEMA_EXAMPLE)); // aiaas-results/1
		assertFalse(TrainingResultsReader.isTrainingFile("{ broken"));
	}

	@Test
	void readsBothJobsWithTheirFigures() throws Exception {
		TrainingResults results = TrainingResultsReader.parse(Fixtures.TRAINING_EXAMPLE);

		assertEquals("learning", results.scenario());
		assertEquals(7, results.seed());
		assertEquals(2, results.jobs().size());

		TrainingResults.Job clf = results.jobs().get(0);
		assertFalse(clf.federated());
		assertEquals("2-16-1", clf.network());
		assertEquals(List.of(600L, 200L, 200L), List.of(clf.trainSamples(), clf.validationSamples(), clf.testSamples()));
		assertEquals(3, clf.curve().size());
		// epoch 1 has null validation figures: NaN, not 0
		assertTrue(Double.isNaN(clf.curve().get(0).validationLoss()));
		assertEquals(new TrainingResults.Point(2, 0.5, 0.75, 0.375, 0.875), clf.curve().get(1));
		assertEquals(2, clf.bestEpoch());
		assertEquals("patience", clf.stopReason());
		assertEquals(0.4, clf.testLoss());
		assertEquals(0.85, clf.testAccuracy());

		TrainingResults.Job fed = results.jobs().get(1);
		assertTrue(fed.federated());
		assertEquals(2, fed.rounds());
		assertEquals(2, fed.curve().size());
		// a round has no training accuracy in the schema
		assertTrue(Double.isNaN(fed.curve().get(0).trainAccuracy()));
		assertEquals(List.of("edge", "cloud"), fed.aggregation().stream().map(TrainingResults.NodeTimeline::node).toList());
		assertArrayEquals(new double[] { 2.5, 5.0 }, fed.aggregation().get(1).simulatedSeconds());
		assertArrayEquals(new double[] { 0.625, 0.75 }, fed.aggregation().get(1).validationAccuracy());
	}

	@Test
	void summaryHasOneRowPerJob() throws Exception {
		List<List<String>> rows = TrainingSummary.rows(TrainingResultsReader.parse(Fixtures.TRAINING_EXAMPLE));

		assertEquals(List.of("clf", "centralised", "2-16-1", "600 / 200 / 200", "0.4", "0.85", "best epoch 2 (patience)"),
				rows.get(0));
		// two of the two planned rounds ran; aggregated at edge and cloud
		assertEquals(List.of("fed", "federated", "2-8-1", "300 / 100 / 100", "0.3", "0.7",
				"2 of 2 rounds, 2 aggregating nodes"), rows.get(1));
	}

	@Test
	void chartsShowLossAndAccuracyPerEpochAndAccuracyOverSimulatedTime() throws Exception {
		List<ChartData> charts = TrainingCharts.of(TrainingResultsReader.parse(Fixtures.TRAINING_EXAMPLE));

		// clf: loss, accuracy; fed: loss, accuracy (validation only), accuracy against simulated time
		assertEquals(List.of("Loss per epoch: clf", "Accuracy per epoch: clf", "Loss per round: fed",
				"Accuracy per round: fed", "Accuracy against simulated time: fed"),
				charts.stream().map(ChartData::title).toList());

		ChartData.Lines loss = (ChartData.Lines) charts.get(0);
		assertArrayEquals(new double[] { 1, 2, 3 }, loss.series().get(0).x());
		assertArrayEquals(new double[] { 0.75, 0.5, 0.25 }, loss.series().get(0).y());
		// validation loss starts at epoch 2: epoch 1's null is left out, not drawn as 0
		assertEquals("validation loss", loss.series().get(1).name());
		assertArrayEquals(new double[] { 2, 3 }, loss.series().get(1).x());
		assertArrayEquals(new double[] { 0.375, 0.5 }, loss.series().get(1).y());

		ChartData.Lines accuracy = (ChartData.Lines) charts.get(1);
		assertEquals(1.0, accuracy.yMax()); // a share: the axis reaches 1
		assertArrayEquals(new double[] { 0.5, 0.75, 0.875 }, accuracy.series().get(0).y());
		assertArrayEquals(new double[] { 0.875, 0.8125 }, accuracy.series().get(1).y());

		ChartData.Lines fedAccuracy = (ChartData.Lines) charts.get(3);
		assertEquals(List.of("validation accuracy"), fedAccuracy.series().stream().map(ChartData.Series::name).toList());

		ChartData.Lines overTime = (ChartData.Lines) charts.get(4);
		assertEquals(List.of("edge", "cloud"), overTime.series().stream().map(ChartData.Series::name).toList());
		assertArrayEquals(new double[] { 1.5, 3.0 }, overTime.series().get(0).x());
		assertArrayEquals(new double[] { 0.625, 0.75 }, overTime.series().get(0).y());
	}

	@Test
	void aResultsFileOfTheSimulatorIsRefusedWithItsSchema() {
		ResultsFormatException e = assertThrows(ResultsFormatException.class,
				() -> TrainingResultsReader.parse(Fixtures.SCHEMA_EXAMPLE));
		assertEquals("not a training results file of schema aiaas-training/1 (schema is 'aiaas-results/1')",
				e.getMessage());
	}

	@Test
	void anUnknownKindIsNamed() {
		String bad = Fixtures.TRAINING_EXAMPLE.replace("\"kind\": \"centralised\"", "\"kind\": \"split\"");
		ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> TrainingResultsReader.parse(bad));
		assertEquals("\"kind\" of job 'clf' must be centralised or federated, not 'split'", e.getMessage());
	}
}
