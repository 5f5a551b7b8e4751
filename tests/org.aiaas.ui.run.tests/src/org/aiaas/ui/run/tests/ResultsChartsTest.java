package org.aiaas.ui.run.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.SimulationResult;
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
	void comparedRunsShareEveryChartAsAAndB() throws Exception {
		SimulationResult run = ResultsReader.parse(Fixtures.SCHEMA_EXAMPLE);
		List<ChartData> charts = ResultsCharts.of(RunComparison.merged(run, run));
		ChartData.Bars waits = (ChartData.Bars) charts.get(1);
		assertEquals(List.of("A: fcfs", "B: fcfs"), waits.categories());
		// one queue-length chart per variant: A and B
		assertEquals(2, charts.stream().filter(c -> c.title().startsWith("Queue length")).count());
	}
}
