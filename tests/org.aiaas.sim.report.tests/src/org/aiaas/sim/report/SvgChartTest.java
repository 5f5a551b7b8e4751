package org.aiaas.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aiaas.sim.api.MetricValue;
import org.junit.jupiter.api.Test;

/** The chart parts: nice ticks (1, 2, 5 × 10^k), human numbers, empty and one-point data. */
class SvgChartTest {

	@Test
	void ticksAreRoundNumbersCoveringTheData() {
		// 0..7.3 in about 6 ticks: raw step 7.3/5 = 1.46, next nice step 2
		assertEquals(List.of(0.0, 2.0, 4.0, 6.0, 8.0), NiceScale.of(0, 7.3, true, 6).ticks());
		// 0..1: step 0.2, exact decimals (no 0.6000000000000001)
		assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), NiceScale.of(0, 1, true, 6).ticks());
		// 0.013..0.047: raw step 0.0068, nice 0.01
		assertEquals(List.of(0.01, 0.02, 0.03, 0.04, 0.05), NiceScale.of(0.013, 0.047, false, 6).ticks());
	}

	@Test
	void aSinglePointGetsARangeAroundIt() {
		NiceScale s = NiceScale.of(5, 5, false, 6);
		assertTrue(s.min() < 5 && 5 < s.max(), s.toString());
		assertEquals(List.of(0.0, 1.0), NiceScale.of(0, 0, true, 2).ticks());
	}

	@Test
	void numbersForPeopleHaveFourSignificantDigits() {
		assertEquals("0.4012", Numbers.format(0.40123));
		assertEquals("12", Numbers.format(12.0));
		assertEquals("1235000", Numbers.format(1234567));
		assertEquals("1e-5", Numbers.format(1e-5));
		assertEquals("1.235e7", Numbers.format(12_345_678));
		assertEquals("-2.5e-4", Numbers.format(-0.00025));
		assertEquals("0", Numbers.format(-0.0));
	}

	@Test
	void emptyChartsSayNoData() {
		String line = new LineChart("t", "x", "y").addSeries("a", List.of()).toSvg();
		assertTrue(line.contains(">no data</text>"), line);
		assertFalse(line.contains("<polyline"));
		String bars = new BarChart("t", "x", "y", List.of()).toSvg();
		assertTrue(bars.contains(">no data</text>"), bars);
		String stacked = new StackedBarChart("t", "x", "y", List.of("v")).addPart("queue", List.of(0.0))
				.emptyMessage("no request was lost").toSvg();
		assertTrue(stacked.contains(">no request was lost</text>"), stacked);
	}

	@Test
	void aSinglePointIsADotAndTwoPointsALine() {
		String one = new LineChart("t", "x", "y").addSeries("a", List.of(new LineChart.Point(1, 1))).toSvg();
		assertEquals(1, one.split("<circle", -1).length - 1);
		String two = new LineChart("t", "x", "y")
				.addSeries("a", List.of(new LineChart.Point(0, 0), new LineChart.Point(1, 1))).toSvg();
		assertTrue(two.contains("<polyline"));
	}

	@Test
	void barsHaveErrorBarsAndUndefinedBarsSayWhy() {
		String svg = new BarChart("t", "x", "y", List.of("a", "b"))
				.addSeries("s", List.of(new MetricValue(1.0, 0.5, null), MetricValue.undefined("nothing completed")))
				.toSvg();
		assertEquals(1, svg.split("<rect", -1).length - 1 - 1, "one bar plus the legend swatch");
		assertEquals(3, svg.split("stroke=\"#222\"", -1).length - 1, "an error bar is a line and two caps");
		assertTrue(svg.contains("<title>nothing completed</title>n/a"), svg);
	}
}
