package org.aiaas.ui.run.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.aiaas.ui.run.results.ResultsReader;
import org.aiaas.ui.run.results.SummaryModel;
import org.junit.jupiter.api.Test;

class SummaryModelTest {

	@Test
	void oneRowPerVariantWithMeanPlusMinusHalfWidth() throws Exception {
		SummaryModel model = SummaryModel.of(ResultsReader.parse(Fixtures.SCHEMA_EXAMPLE));

		assertEquals(1, model.rows().size());
		// jainFairness was "not computed by this run" in every variant: no column for it.
		assertFalse(model.metricKeys().contains("jainFairness"));
		assertEquals(List.of("Variant", "Offered", "Completed", "Lost", "Mean waiting time (s)",
				"Mean response time (s)", "Median response time (s)", "95th percentile response time (s)",
				"99th percentile response time (s)", "Loss rate", "Throughput (req/s)", "SLA attainment"),
				model.columns());
		List<String> cells = model.rows().get(0).cells().stream().map(SummaryModel.Cell::text).toList();
		// Four significant digits; no interval → the mean alone, with the reason as tooltip.
		assertEquals(List.of("fcfs", "8", "7", "1", "0.25 ± 0.0625", "0.75 ± 0.125", "0.5 ± 0.25", "2 ± 0.5", "3",
				"0.125 ± 0", "7 ± 0.5", "0.875 ± 0.03125"), cells);
		assertEquals("one replication: no interval", model.rows().get(0).cells().get(8).tooltip());
	}
}
