package org.aiaas.ui.run.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.aiaas.sim.api.CellResult;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.aiaas.ui.run.results.ChartData;
import org.aiaas.ui.run.results.ResultsCharts;
import org.aiaas.ui.run.results.ResultsReader;
import org.aiaas.ui.run.results.RunComparison;
import org.junit.jupiter.api.Test;

class ResultsChartsTest {

	@Test
	void theSchemaExampleGivesTheFiveChartsItHasDataFor() throws Exception {
		List<ChartData> charts = ResultsCharts.of(ResultsReader.parse(Fixtures.SCHEMA_EXAMPLE));

		// CDF, wait/response, utilisation, one queue-length chart (one variant), losses; no cells.
		assertEquals(List.of("Response-time CDF", "Mean waiting and response time (95 % CI)",
				"Utilisation per node (95 % CI)", "Queue length over time: fcfs", "Lost requests by cause"),
				charts.stream().map(ChartData::title).toList());

		ChartData.Lines cdf = (ChartData.Lines) charts.get(0);
		assertArrayEquals(new double[] { 0.5, 3.0 }, cdf.series().get(0).x());
		assertArrayEquals(new double[] { 0.5, 1.0 }, cdf.series().get(0).y());
		assertEquals(1.0, cdf.yMax()); // probabilities: the axis reaches 1

		ChartData.Bars waits = (ChartData.Bars) charts.get(1);
		assertEquals(List.of("fcfs"), waits.categories());
		assertEquals(new MetricValue(0.25, 0.0625, null), waits.series().get(0).values().get(0));
		assertEquals(new MetricValue(0.75, 0.125, null), waits.series().get(1).values().get(0));

		ChartData.Bars utilisation = (ChartData.Bars) charts.get(2);
		assertEquals(List.of("gpu"), utilisation.categories());
		assertEquals(new MetricValue(0.5, 0.25, null), utilisation.series().get(0).values().get(0));

		ChartData.StackedBars losses = (ChartData.StackedBars) charts.get(4);
		assertEquals(List.of("queue", "deadline", "memory", "radio"), losses.parts().stream().map(ChartData.Part::name).toList());
		assertArrayEquals(new double[] { 1 }, losses.parts().get(0).values()); // the one request lost to a full queue
	}

	@Test
	void aRunWithoutLossesHasNoLossChart() throws Exception {
		String noLoss = Fixtures.SCHEMA_EXAMPLE.replace("\"lost\": 1", "\"lost\": 0").replace("\"queue\": 1", "\"queue\": 0");
		List<String> titles = ResultsCharts.of(ResultsReader.parse(noLoss)).stream().map(ChartData::title).toList();
		assertEquals(4, titles.size(), titles.toString());
	}

	@Test
	void cellsGivePeakAndMeanRatesAndLinkUtilisationAndEmptyChartsAreLeftOut() {
		CellResult cell = new CellResult("c1", 1000, 200, new MetricValue(300.0, 5.0, null),
				new MetricValue(50.0, 1.0, null), new MetricValue(0.3, 0.01, null), new MetricValue(0.2, 0.02, null),
				new MetricValue(0.004, 0.0001, null), new MetricValue(0.002, 0.0001, null), new MetricValue(0.0, 0.0, null), 0);
		// No metrics, nodes, CDF or losses: only the two cell charts have data.
		VariantResult variant = new VariantResult("edge-first", 10, 10, 0, Map.of(), Map.of(), List.of(), List.of(),
				List.of(), List.of(cell));

		List<ChartData> charts = ResultsCharts.of(new SimulationResult("s", 1, 2, 10, 1, List.of(variant)));

		assertEquals(List.of("Cell rates (peak and mean per device)", "Cell link utilisation (95 % CI)"),
				charts.stream().map(ChartData::title).toList());
		ChartData.Bars rates = (ChartData.Bars) charts.get(0);
		assertEquals(List.of("peak DL", "peak UL", "edge-first mean DL"),
				rates.series().stream().map(ChartData.BarSeries::name).toList());
		assertEquals(List.of(new MetricValue(1000.0, null, null), new MetricValue(200.0, null, null),
				new MetricValue(300.0, 5.0, null)), rates.series().stream().map(s -> s.values().get(0)).toList());
		ChartData.Bars links = (ChartData.Bars) charts.get(1);
		assertEquals(List.of(new MetricValue(0.3, 0.01, null), new MetricValue(0.2, 0.02, null)),
				links.series().stream().map(s -> s.values().get(0)).toList());
	}

	@Test
	void comparedRunsShareEveryChartAsAAndB() throws Exception {
		SimulationResult run = ResultsReader.parse(Fixtures.SCHEMA_EXAMPLE);
		List<ChartData> charts = ResultsCharts.of(RunComparison.merged(run, run));
		ChartData.Bars waits = (ChartData.Bars) charts.get(1);
		assertEquals(List.of("A: fcfs", "B: fcfs"), waits.categories());
		// one queue-length chart per variant: A and B
		assertEquals(2, charts.stream().filter(c -> c.title().startsWith("Queue length")).count());
	}
}
