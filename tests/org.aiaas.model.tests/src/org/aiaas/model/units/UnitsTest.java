package org.aiaas.model.units;

import static org.aiaas.model.units.Dimension.COMPUTE;
import static org.aiaas.model.units.Dimension.COMPUTE_RATE;
import static org.aiaas.model.units.Dimension.COUNT;
import static org.aiaas.model.units.Dimension.DATA;
import static org.aiaas.model.units.Dimension.DATA_RATE;
import static org.aiaas.model.units.Dimension.DECIBEL;
import static org.aiaas.model.units.Dimension.EVENT_RATE;
import static org.aiaas.model.units.Dimension.FREQUENCY;
import static org.aiaas.model.units.Dimension.LENGTH;
import static org.aiaas.model.units.Dimension.MONEY;
import static org.aiaas.model.units.Dimension.MONEY_RATE;
import static org.aiaas.model.units.Dimension.POWER;
import static org.aiaas.model.units.Dimension.RATIO;
import static org.aiaas.model.units.Dimension.TIME;
import static org.aiaas.model.units.Dimension.TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The unit table converts every unit the way a person would by hand. The expected values below are
 * written from the definition of each unit (SI prefixes, 8 bit per byte, 2^10 for binary prefixes,
 * 10 log10 for decibels), never taken from the program.
 */
class UnitsTest {

	/** Relative tolerance for exact (linear) conversions: only floating-point rounding. */
	private static final double EXACT = 1e-12;

	/**
	 * One hand conversion.
	 *
	 * @param tolerance relative; larger only where the expected value is a rounded decimal (dBm)
	 */
	record Conversion(String symbol, Dimension dimension, double value, double expected, String why,
			double tolerance) {

		@Override
		public String toString() {
			return why;
		}
	}

	private static Conversion c(String symbol, Dimension dimension, double value, double expected, String why) {
		return new Conversion(symbol, dimension, value, expected, why, EXACT);
	}

	private static Conversion rounded(String symbol, Dimension dimension, double value, double expected,
			String why) {
		return new Conversion(symbol, dimension, value, expected, why, 1e-4);
	}

	static List<Conversion> conversions() {
		return List.of(
				// TIME, base s
				c("ns", TIME, 1, 1e-9, "1 ns = 1e-9 s"),
				c("us", TIME, 250, 2.5e-4, "250 us = 250e-6 s = 2.5e-4 s"),
				c("ms", TIME, 10, 0.01, "10 ms = 0.01 s"),
				c("s", TIME, 2, 2, "2 s = 2 s"),
				c("min", TIME, 1.5, 90, "1.5 min = 1.5 x 60 s = 90 s"),
				c("h", TIME, 1.5, 5400, "1.5 h = 1.5 x 3600 s = 5400 s"),
				c("d", TIME, 1, 86400, "1 d = 24 x 3600 s = 86400 s"),
				// DATA, base B; decimal prefixes, 8 bit per byte, binary prefixes 2^10
				c("bit", DATA, 8, 1, "8 bit = 1 B"),
				c("kbit", DATA, 1, 125, "1 kbit = 1000 bit = 125 B"),
				c("Mbit", DATA, 1, 1.25e5, "1 Mbit = 1e6 bit = 1.25e5 B"),
				c("Gbit", DATA, 1, 1.25e8, "1 Gbit = 1e9 bit = 1.25e8 B"),
				c("Tbit", DATA, 1, 1.25e11, "1 Tbit = 1e12 bit = 1.25e11 B"),
				c("B", DATA, 1, 1, "1 B = 1 B"),
				c("KB", DATA, 150, 150_000, "150 KB = 150 x 1000 B (decimal)"),
				c("kB", DATA, 1, 1000, "1 kB = 1000 B (decimal, lower-case k)"),
				c("MB", DATA, 1, 1e6, "1 MB = 1e6 B"),
				c("GB", DATA, 80, 8e10, "80 GB = 80 x 1e9 B"),
				c("TB", DATA, 1, 1e12, "1 TB = 1e12 B"),
				c("PB", DATA, 1, 1e15, "1 PB = 1e15 B"),
				c("KiB", DATA, 1, 1024, "1 KiB = 2^10 B = 1024 B"),
				c("MiB", DATA, 1, 1_048_576, "1 MiB = 2^20 B = 1048576 B"),
				c("GiB", DATA, 1, 1_073_741_824, "1 GiB = 2^30 B = 1073741824 B"),
				c("TiB", DATA, 1, 1_099_511_627_776.0, "1 TiB = 2^40 B = 1099511627776 B"),
				// DATA_RATE, base B/s
				c("bps", DATA_RATE, 8, 1, "8 bps = 8 bit/s = 1 B/s"),
				c("kbps", DATA_RATE, 1, 125, "1 kbps = 1000 bit/s = 125 B/s"),
				c("Mbps", DATA_RATE, 100, 1.25e7, "100 Mbps = 1e8 bit/s = 1.25e7 B/s"),
				c("Gbps", DATA_RATE, 1, 1.25e8, "1 Gbps = 1e9 bit/s = 1.25e8 B/s"),
				c("Tbps", DATA_RATE, 1, 1.25e11, "1 Tbps = 1e12 bit/s = 1.25e11 B/s"),
				c("bit/s", DATA_RATE, 8, 1, "8 bit/s = 1 B/s"),
				c("kbit/s", DATA_RATE, 1, 125, "1 kbit/s = 1000 bit/s = 125 B/s"),
				c("Mbit/s", DATA_RATE, 1, 1.25e5, "1 Mbit/s = 1e6 bit/s = 1.25e5 B/s"),
				c("Gbit/s", DATA_RATE, 10, 1.25e9, "10 Gbit/s = 1e10 bit/s = 1.25e9 B/s"),
				c("Tbit/s", DATA_RATE, 1, 1.25e11, "1 Tbit/s = 1e12 bit/s = 1.25e11 B/s"),
				c("B/s", DATA_RATE, 1, 1, "1 B/s = 1 B/s"),
				c("KB/s", DATA_RATE, 1, 1000, "1 KB/s = 1000 B/s (decimal)"),
				c("kB/s", DATA_RATE, 1, 1000, "1 kB/s = 1000 B/s (decimal)"),
				c("MB/s", DATA_RATE, 1, 1e6, "1 MB/s = 1e6 B/s"),
				c("GB/s", DATA_RATE, 300, 3e11, "300 GB/s = 300 x 1e9 B/s"),
				c("TB/s", DATA_RATE, 3.35, 3.35e12, "3.35 TB/s = 3.35e12 B/s"),
				c("KiB/s", DATA_RATE, 1, 1024, "1 KiB/s = 2^10 B/s"),
				c("MiB/s", DATA_RATE, 1, 1_048_576, "1 MiB/s = 2^20 B/s"),
				c("GiB/s", DATA_RATE, 1, 1_073_741_824, "1 GiB/s = 2^30 B/s"),
				// COMPUTE, base FLOP
				c("FLOP", COMPUTE, 1, 1, "1 FLOP = 1 FLOP"),
				c("kFLOP", COMPUTE, 1, 1e3, "1 kFLOP = 1e3 FLOP"),
				c("MFLOP", COMPUTE, 1, 1e6, "1 MFLOP = 1e6 FLOP"),
				c("GFLOP", COMPUTE, 4.1, 4.1e9, "4.1 GFLOP = 4.1e9 FLOP"),
				c("TFLOP", COMPUTE, 1, 1e12, "1 TFLOP = 1e12 FLOP"),
				c("PFLOP", COMPUTE, 1, 1e15, "1 PFLOP = 1e15 FLOP"),
				c("EFLOP", COMPUTE, 1, 1e18, "1 EFLOP = 1e18 FLOP"),
				// COMPUTE_RATE, base FLOPS (= FLOP/s); TOPS/POPS counted like FLOPS
				c("FLOPS", COMPUTE_RATE, 1, 1, "1 FLOPS = 1 FLOP/s"),
				c("kFLOPS", COMPUTE_RATE, 1, 1e3, "1 kFLOPS = 1e3 FLOP/s"),
				c("MFLOPS", COMPUTE_RATE, 1, 1e6, "1 MFLOPS = 1e6 FLOP/s"),
				c("GFLOPS", COMPUTE_RATE, 1, 1e9, "1 GFLOPS = 1e9 FLOP/s"),
				c("TFLOPS", COMPUTE_RATE, 121, 1.21e14, "121 TFLOPS = 121e12 FLOP/s"),
				c("PFLOPS", COMPUTE_RATE, 1, 1e15, "1 PFLOPS = 1e15 FLOP/s"),
				c("FLOP/s", COMPUTE_RATE, 1, 1, "1 FLOP/s = 1 FLOPS"),
				c("GFLOP/s", COMPUTE_RATE, 1, 1e9, "1 GFLOP/s = 1e9 FLOPS"),
				c("TFLOP/s", COMPUTE_RATE, 1, 1e12, "1 TFLOP/s = 1e12 FLOPS"),
				c("PFLOP/s", COMPUTE_RATE, 1, 1e15, "1 PFLOP/s = 1e15 FLOPS"),
				c("TOPS", COMPUTE_RATE, 1, 1e12, "1 TOPS = 1e12 operations/s"),
				c("POPS", COMPUTE_RATE, 1, 1e15, "1 POPS = 1e15 operations/s"),
				// FREQUENCY, base Hz
				c("Hz", FREQUENCY, 1, 1, "1 Hz = 1 Hz"),
				c("kHz", FREQUENCY, 30, 3e4, "30 kHz = 3e4 Hz"),
				c("MHz", FREQUENCY, 100, 1e8, "100 MHz = 1e8 Hz"),
				c("GHz", FREQUENCY, 3.5, 3.5e9, "3.5 GHz = 3.5e9 Hz"),
				// EVENT_RATE, base /s
				c("/ms", EVENT_RATE, 1, 1000, "1 /ms = 1000 /s"),
				c("/s", EVENT_RATE, 50, 50, "50 /s = 50 /s"),
				c("/min", EVENT_RATE, 60, 1, "60 /min = 1 /s"),
				c("/h", EVENT_RATE, 3600, 1, "3600 /h = 1 /s"),
				c("/d", EVENT_RATE, 86400, 1, "86400 /d = 1 /s"),
				// POWER, base W; dBm = 10 log10(P / 1 mW), dBW = 10 log10(P / 1 W)
				c("mW", POWER, 1, 1e-3, "1 mW = 1e-3 W"),
				c("W", POWER, 72, 72, "72 W = 72 W"),
				c("kW", POWER, 1, 1e3, "1 kW = 1e3 W"),
				c("MW", POWER, 1, 1e6, "1 MW = 1e6 W"),
				rounded("dBm", POWER, 23, 0.19953, "23 dBm = 1 mW x 10^2.3 = 0.19953 W"),
				c("dBm", POWER, 30, 1, "30 dBm = 1 mW x 10^3 = 1 W"),
				c("dBm", POWER, 0, 1e-3, "0 dBm = 1 mW"),
				c("dBm", POWER, -30, 1e-6, "-30 dBm = 1 mW x 10^-3 = 1 uW"),
				c("dBW", POWER, 0, 1, "0 dBW = 1 W"),
				c("dBW", POWER, 10, 10, "10 dBW = 1 W x 10^1 = 10 W"),
				c("dBW", POWER, 30, 1000, "30 dBW = 1 W x 10^3 = 1 kW"),
				rounded("dBW", POWER, -3, 0.50119, "-3 dBW = 10^-0.3 W = 0.50119 W"),
				// DECIBEL stays a level in dB (noise figure), no conversion to a ratio
				c("dB", DECIBEL, 7, 7, "7 dB stays 7 dB"),
				// MONEY
				c("$", MONEY, 12.5, 12.5, "12.5 $ = 12.5 $"),
				c("$/s", MONEY_RATE, 1, 1, "1 $/s = 1 $/s"),
				c("$/min", MONEY_RATE, 60, 1, "60 $/min = 1 $/s"),
				c("$/h", MONEY_RATE, 0.8, 0.8 / 3600, "0.80 $/h = 0.80 $ / 3600 s"),
				c("$/d", MONEY_RATE, 86400, 1, "86400 $/d = 1 $/s"),
				// COUNT, base: a plain number; B is a billion here
				c("", COUNT, 200, 200, "200 (plain) = 200"),
				c("k", COUNT, 1, 1e3, "1 k = 1000"),
				c("K", COUNT, 1, 1e3, "1 K = 1000"),
				c("M", COUNT, 25.6, 2.56e7, "25.6 M = 25.6e6"),
				c("B", COUNT, 7, 7e9, "7 B (billion) = 7e9"),
				c("T", COUNT, 1, 1e12, "1 T (trillion) = 1e12"),
				// TOKENS, base tokens
				c("", TOKENS, 512, 512, "512 (plain) = 512 tokens"),
				c("token", TOKENS, 1, 1, "1 token = 1 token"),
				c("tokens", TOKENS, 512, 512, "512 tokens = 512 tokens"),
				c("k", TOKENS, 4, 4000, "4 k tokens = 4000 tokens"),
				c("M", TOKENS, 1, 1e6, "1 M tokens = 1e6 tokens"),
				c("B", TOKENS, 1, 1e9, "1 B tokens = 1e9 tokens"),
				c("T", TOKENS, 15, 1.5e13, "15 T tokens = 1.5e13 tokens"),
				// LENGTH, base m
				c("mm", LENGTH, 1, 1e-3, "1 mm = 1e-3 m"),
				c("cm", LENGTH, 1, 1e-2, "1 cm = 1e-2 m"),
				c("m", LENGTH, 50, 50, "50 m = 50 m"),
				c("km", LENGTH, 1.5, 1500, "1.5 km = 1500 m"),
				// RATIO, base: a plain fraction
				c("", RATIO, 0.5, 0.5, "0.5 (plain) = 0.5"),
				c("%", RATIO, 1, 0.01, "1 % = 0.01"),
				c("%", RATIO, 80, 0.8, "80 % = 0.8"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("conversions")
	void convertsToTheBaseUnitAsByHand(Conversion conversion) {
		double actual = Units.toBase(conversion.value(), conversion.symbol(), conversion.dimension());
		assertEquals(conversion.expected(), actual, Math.abs(conversion.expected()) * conversion.tolerance(),
				conversion.why());
	}

	/** A unit added to the table without a hand conversion above fails here. */
	@Test
	void everyUnitOfEveryDimensionHasAHandConversion() {
		Set<String> checked = conversions().stream().map(c -> c.dimension() + " " + c.symbol())
				.collect(Collectors.toSet());
		List<String> unchecked = new ArrayList<>();
		for (Dimension dimension : Dimension.values()) {
			for (Unit unit : Units.of(dimension)) {
				if (!checked.contains(dimension + " " + unit.symbol())) {
					unchecked.add(dimension + " '" + unit.symbol() + "'");
				}
			}
		}
		assertEquals(List.of(), unchecked, "units without a hand conversion in conversions()");
	}

	/** A typo in the table (base symbol misspelt, wrong factor on the base) fails here. */
	@ParameterizedTest
	@EnumSource(Dimension.class)
	void everyDimensionHasUnitsAndItsBaseUnitHasFactorOne(Dimension dimension) {
		assertFalse(Units.of(dimension).isEmpty(), dimension + " has no units");
		Unit base = Units.find(dimension.baseSymbol(), dimension).orElseThrow(
				() -> new AssertionError("base symbol '" + dimension.baseSymbol() + "' is not a unit of " + dimension));
		assertEquals(1.0, base.factor(), 0.0, "the base unit converts to itself");
		assertFalse(base.logarithmic(), "the base unit is linear");
		assertEquals(dimension, base.dimension());
	}

	@Test
	void plainNumberIsTheBaseOfCountAndRatio() {
		assertEquals("", COUNT.baseSymbol());
		assertEquals("", RATIO.baseSymbol());
	}

	@Test
	void theSameSymbolMeansDifferentThingsInDifferentDimensions() {
		assertEquals(7, Units.toBase(7, "B", DATA), 0.0, "7 B of data = 7 bytes");
		assertEquals(7e9, Units.toBase(7, "B", COUNT), 0.0, "params 7 B = 7 billion");
		assertEquals(7e9, Units.toBase(7, "B", TOKENS), 0.0, "7 B tokens = 7 billion tokens");
		assertEquals(1e3, Units.toBase(1, "k", COUNT), 0.0);
		assertEquals(1e3, Units.toBase(1, "k", TOKENS), 0.0);
	}

	@Test
	void dimensionsOfListsEveryDimensionOfASymbolInTableOrder() {
		assertEquals(List.of(DATA, COUNT, TOKENS), Units.dimensionsOf("B"));
		assertEquals(List.of(COUNT, TOKENS, RATIO), Units.dimensionsOf(""));
		assertEquals(List.of(COUNT, TOKENS, RATIO), Units.dimensionsOf(null), "no unit is written as \"\"");
		assertEquals(List.of(TIME), Units.dimensionsOf("ms"));
		assertEquals(List.of(POWER), Units.dimensionsOf("dBm"));
		assertEquals(List.of(), Units.dimensionsOf("furlong"));
		assertEquals(List.of(), Units.dimensionsOf("gb"), "symbols are case-sensitive");
	}

	@Test
	void findOfAnUnknownSymbolIsEmpty() {
		assertTrue(Units.find("furlong", LENGTH).isEmpty());
		assertTrue(Units.find("ms", DATA).isEmpty(), "a known symbol of another dimension is not found");
		assertTrue(Units.find("", TIME).isEmpty(), "a time needs a unit");
		assertTrue(Units.find(null, TIME).isEmpty());
		assertEquals("", Units.find(null, COUNT).orElseThrow().symbol(), "null is the plain number");
	}

	@Test
	void onlyCountTokensAndRatioAllowAPlainNumber() {
		Set<Dimension> plain = EnumSet.of(COUNT, TOKENS, RATIO);
		for (Dimension dimension : Dimension.values()) {
			assertEquals(plain.contains(dimension), Units.allowsPlainNumber(dimension), dimension.name());
		}
	}

	@Test
	void toBaseRejectsAUnitOfAnotherDimension() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Units.toBase(1, "GB", TIME));
		assertEquals("'GB' is not a unit of a time", e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Units.toBase(1, "", TIME), "a time needs a unit");
		assertThrows(IllegalArgumentException.class, () -> Units.toBase(1, "%", COUNT));
	}

	@Test
	void symbolListKeepsTheTableOrder() {
		assertEquals("ns, us, ms, s, min, h, d", Units.symbolList(TIME));
		assertEquals("mW, W, kW, MW, dBm, dBW", Units.symbolList(POWER));
		assertEquals("(no unit), %", Units.symbolList(RATIO));
		assertEquals("/ms, /s, /min, /h, /d", Units.symbolList(EVENT_RATE));
	}

	@Test
	void unitsOfADimensionCannotBeChangedByCallers() {
		assertThrows(UnsupportedOperationException.class, () -> Units.of(TIME).clear());
	}
}
