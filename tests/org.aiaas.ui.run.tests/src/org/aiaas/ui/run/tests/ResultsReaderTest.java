package org.aiaas.ui.run.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aiaas.sim.api.CellResult;
import org.aiaas.sim.api.LinkResult;
import org.aiaas.sim.api.SweepValue;
import org.aiaas.sim.api.TrainingJobResult;
import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.PredictorSummary;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.api.VariantResult;
import org.aiaas.sim.report.ResultsJson;
import org.aiaas.ui.run.results.ResultsFormatException;
import org.aiaas.ui.run.results.ResultsReader;
import org.junit.jupiter.api.Test;

class ResultsReaderTest {

	@Test
	void readsTheSchemaExample() throws Exception {
		SimulationResult result = ResultsReader.parse(Fixtures.SCHEMA_EXAMPLE);
		assertEquals("two GPUs", result.scenario());
		assertEquals(42, result.seed());
		assertEquals(3, result.replications());
		assertEquals(100.0, result.durationS());
		VariantResult fcfs = result.variants().get(0);
		assertEquals(8, fcfs.offered());
		assertEquals(1L, fcfs.lostByCause().get("queue"));
		assertEquals(new MetricValue(0.25, 0.0625, null), fcfs.metrics().get("meanWaitS"));
		assertEquals(new MetricValue(3.0, null, "one replication: no interval"), fcfs.metrics().get("p99ResponseS"));
		assertNull(fcfs.metrics().get("jainFairness").mean());
		NodeResult gpu = fcfs.nodes().get(0);
		assertEquals(new MetricValue(0.5, 0.25, null), gpu.utilization());
		assertEquals(List.of(new NodeResult.TimePoint(0, 0), new NodeResult.TimePoint(10, 2)), gpu.queueLengthSeries());
		assertEquals(List.of(new VariantResult.CdfPoint(0.5, 0.5), new VariantResult.CdfPoint(3, 1)), fcfs.responseCdf());
		assertEquals(List.of("queue grows"), fcfs.warnings());
	}

	@Test
	void writingWhatWasReadGivesTheSameBytes() throws Exception {
		// A run with cells, a sweep point, a link, a cluster training job, an extra loss cause and an
		// extra metric: everything the writer can write.
		Map<String, Long> lost = new LinkedHashMap<>(Map.of("queue", 2L, "deadline", 0L, "memory", 0L, "radio", 1L));
		lost.put("zz-other", 4L);
		Map<String, MetricValue> metrics = new LinkedHashMap<>();
		metrics.put("meanWaitS", new MetricValue(0.1, 0.01, null));
		metrics.put("energyJ", new MetricValue(1234.5, 6.0, null));
		CellResult cell = new CellResult("c1", 1000.5, 200.25, new MetricValue(300.0, 5.0, null),
				new MetricValue(50.0, 1.0, null), new MetricValue(0.3, 0.01, null), new MetricValue(0.2, null, "one replication"),
				new MetricValue(0.004, 0.0001, null), new MetricValue(0.002, 0.0001, null), new MetricValue(0.0, 0.0, null), 3);
		VariantResult variant = new VariantResult("rr slice 10 ms", 100, 93, 7, lost, metrics,
				List.of(new NodeResult("edge \"1\"", new MetricValue(0.7, 0.05, null), null,
						List.of(new NodeResult.TimePoint(0, 0), new NodeResult.TimePoint(1.5, 3)))),
				List.of(new VariantResult.CdfPoint(0.1, 0.25), new VariantResult.CdfPoint(0.2, 1)), List.of("w1"),
				List.of(cell), List.of(new SweepValue("vision.rate", 30, "/s")),
				List.of(new LinkResult("edge1 -> cloud1", 1000, 0.02, 0.01, new MetricValue(5e6, 1e4, null),
						new MetricValue(0.04, 0.001, null), new MetricValue(0.0203, 0.0001, null),
						new MetricValue(0.0099, 0.0005, null), 40_000, 396)),
				List.of(new TrainingJobResult("finetune", List.of("cloudRegion"), 16, 9.6e17, 5, 80.76, 403.8, 1.795,
						new MetricValue(0.0, 0.0, null), new MetricValue(403.8, 0.0, null), 2)));
		String json = ResultsJson.toJson(new SimulationResult("s", -7, 2, 60, 5, List.of(variant),
				new PredictorSummary(5000, 3500, 1000, 0.917, 0.644, "12-32-32-1 relu, ln seconds")));

		SimulationResult read = ResultsReader.parse(json);
		assertEquals(variant.sweep(), read.variants().get(0).sweep());
		assertEquals(variant.links(), read.variants().get(0).links());
		assertEquals(variant.trainingJobs(), read.variants().get(0).trainingJobs());
		assertEquals(json, ResultsJson.toJson(read));
	}

	@Test
	void aFileOfAnotherSchemaIsRefusedWithItsSchema() {
		ResultsFormatException e = assertThrows(ResultsFormatException.class,
				() -> ResultsReader.parse("{\"schema\": \"aiaas-history/1\"}"));
		assertEquals("not a results file of schema aiaas-results/1 (schema is 'aiaas-history/1')", e.getMessage());
	}

	@Test
	void aMissingKeyIsNamed() {
		String withoutMetrics = Fixtures.SCHEMA_EXAMPLE.replaceFirst("\"metrics\"", "\"metricz\"");
		ResultsFormatException e = assertThrows(ResultsFormatException.class,
				() -> ResultsReader.parse(withoutMetrics));
		assertEquals("a variant has no \"metrics\"", e.getMessage());
	}
}
