package org.aiaas.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.NodeResult;
import org.aiaas.sim.api.VariantResult;
import org.junit.jupiter.api.Test;

/** results.csv by RFC 4180: CRLF records, quoted fields with doubled quotes. */
class ResultsCsvTest {

	@Test
	void fieldsAreQuotedOnlyWhenTheyMustBe() {
		assertEquals("plain", ResultsCsv.field("plain"));
		assertEquals("\"a,b\"", ResultsCsv.field("a,b"));
		assertEquals("\"say \"\"hi\"\"\"", ResultsCsv.field("say \"hi\""));
		assertEquals("\"two\nlines\"", ResultsCsv.field("two\nlines"));
		assertEquals("\"cr\rhere\"", ResultsCsv.field("cr\rhere"));
		assertEquals("", ResultsCsv.field(null));
	}

	@Test
	void oneRowPerVariantAndFigure() {
		Map<String, MetricValue> metrics = Map.of("meanWaitS", new MetricValue(0.25, 0.0625, null),
				"lossRate", MetricValue.undefined("nothing offered, yet"));
		NodeResult node = new NodeResult("gpu, big", new MetricValue(0.5, null, "one replication"),
				new MetricValue(1.0, 0.0, null), List.of());
		VariantResult v = new VariantResult("rr \"10 ms\"", 4, 3, 1, Map.of("deadline", 1L), metrics, List.of(node),
				List.of(), List.of());
		String nc = ",,,not computed by this run\r\n";
		String q = "\"rr \"\"10 ms\"\"\"";
		String expected = "variant,metric,mean,ci95,reason\r\n"
				+ q + ",offered,4,,\r\n"
				+ q + ",completed,3,,\r\n"
				+ q + ",lost,1,,\r\n"
				+ q + ",lost:queue,0,,\r\n"
				+ q + ",lost:deadline,1,,\r\n"
				+ q + ",lost:memory,0,,\r\n"
				+ q + ",lost:radio,0,,\r\n"
				+ q + ",meanWaitS,0.25,0.0625,\r\n"
				+ q + ",meanResponseS" + nc
				+ q + ",p50ResponseS" + nc
				+ q + ",p95ResponseS" + nc
				+ q + ",p99ResponseS" + nc
				+ q + ",lossRate,,,\"nothing offered, yet\"\r\n"
				+ q + ",throughputPerS" + nc
				+ q + ",slaAttainment" + nc
				+ q + ",jainFairness" + nc
				+ q + ",\"utilization:gpu, big\",0.5,,one replication\r\n";
		assertEquals(expected, ResultsCsv.toCsv(SampleResults.of("s", v)));
	}
}
