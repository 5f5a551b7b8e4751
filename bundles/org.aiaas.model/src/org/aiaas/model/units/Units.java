package org.aiaas.model.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit table of the scenario language. A symbol may mean different things in different
 * dimensions: "B" is a byte where data is expected and a billion where a count is expected
 * ({@code params 7 B}), so look-ups always name the expected dimension.
 * <p>
 * Data prefixes are decimal (1 KB = 1000 B, as in data sheets and link rates); binary ones are
 * written KiB, MiB, GiB, TiB.
 */
public final class Units {

	private static final Map<Dimension, List<Unit>> BY_DIMENSION = new LinkedHashMap<>();

	static {
		linear(Dimension.TIME, "ns", 1e-9, "us", 1e-6, "ms", 1e-3, "s", 1, "min", 60, "h", 3600, "d", 86400);
		linear(Dimension.DATA, "bit", 0.125, "kbit", 125, "Mbit", 125e3, "Gbit", 125e6, "Tbit", 125e9,
				"B", 1, "KB", 1e3, "kB", 1e3, "MB", 1e6, "GB", 1e9, "TB", 1e12, "PB", 1e15,
				"KiB", 1024.0, "MiB", 1048576.0, "GiB", 1073741824.0, "TiB", 1099511627776.0);
		linear(Dimension.DATA_RATE, "bps", 0.125, "kbps", 125, "Mbps", 125e3, "Gbps", 125e6, "Tbps", 125e9,
				"bit/s", 0.125, "kbit/s", 125, "Mbit/s", 125e3, "Gbit/s", 125e6, "Tbit/s", 125e9,
				"B/s", 1, "KB/s", 1e3, "kB/s", 1e3, "MB/s", 1e6, "GB/s", 1e9, "TB/s", 1e12,
				"KiB/s", 1024.0, "MiB/s", 1048576.0, "GiB/s", 1073741824.0);
		linear(Dimension.COMPUTE, "FLOP", 1, "kFLOP", 1e3, "MFLOP", 1e6, "GFLOP", 1e9, "TFLOP", 1e12,
				"PFLOP", 1e15, "EFLOP", 1e18);
		linear(Dimension.COMPUTE_RATE, "FLOPS", 1, "kFLOPS", 1e3, "MFLOPS", 1e6, "GFLOPS", 1e9, "TFLOPS", 1e12,
				"PFLOPS", 1e15, "FLOP/s", 1, "GFLOP/s", 1e9, "TFLOP/s", 1e12, "PFLOP/s", 1e15,
				"TOPS", 1e12, "POPS", 1e15);
		linear(Dimension.FREQUENCY, "Hz", 1, "kHz", 1e3, "MHz", 1e6, "GHz", 1e9);
		linear(Dimension.EVENT_RATE, "/ms", 1e3, "/s", 1, "/min", 1.0 / 60, "/h", 1.0 / 3600, "/d", 1.0 / 86400);
		linear(Dimension.POWER, "mW", 1e-3, "W", 1, "kW", 1e3, "MW", 1e6);
		add(new Unit("dBm", Dimension.POWER, 1e-3, true));
		add(new Unit("dBW", Dimension.POWER, 1, true));
		linear(Dimension.DECIBEL, "dB", 1);
		linear(Dimension.MONEY, "$", 1);
		linear(Dimension.MONEY_RATE, "$/s", 1, "$/min", 1.0 / 60, "$/h", 1.0 / 3600, "$/d", 1.0 / 86400);
		linear(Dimension.COUNT, "", 1, "k", 1e3, "K", 1e3, "M", 1e6, "B", 1e9, "T", 1e12);
		linear(Dimension.TOKENS, "", 1, "token", 1, "tokens", 1, "k", 1e3, "M", 1e6, "B", 1e9, "T", 1e12);
		linear(Dimension.LENGTH, "mm", 1e-3, "cm", 1e-2, "m", 1, "km", 1e3);
		linear(Dimension.RATIO, "", 1, "%", 0.01);
	}

	private Units() {
	}

	private static void linear(Dimension dimension, Object... symbolsAndFactors) {
		for (int i = 0; i < symbolsAndFactors.length; i += 2) {
			String symbol = (String) symbolsAndFactors[i];
			double factor = ((Number) symbolsAndFactors[i + 1]).doubleValue();
			add(new Unit(symbol, dimension, factor, false));
		}
	}

	private static void add(Unit unit) {
		BY_DIMENSION.computeIfAbsent(unit.dimension(), d -> new ArrayList<>()).add(unit);
	}

	/** The unit with this symbol in this dimension; a missing symbol is written as "". */
	public static Optional<Unit> find(String symbol, Dimension dimension) {
		String wanted = symbol == null ? "" : symbol;
		return of(dimension).stream().filter(u -> u.symbol().equals(wanted)).findFirst();
	}

	/** All units of a dimension, in the order a person would list them. */
	public static List<Unit> of(Dimension dimension) {
		return Collections.unmodifiableList(BY_DIMENSION.getOrDefault(dimension, List.of()));
	}

	/** Every dimension in which this symbol is a unit (e.g. "B": data and count). */
	public static List<Dimension> dimensionsOf(String symbol) {
		String wanted = symbol == null ? "" : symbol;
		List<Dimension> result = new ArrayList<>();
		for (Map.Entry<Dimension, List<Unit>> entry : BY_DIMENSION.entrySet()) {
			if (entry.getValue().stream().anyMatch(u -> u.symbol().equals(wanted))) {
				result.add(entry.getKey());
			}
		}
		return result;
	}

	/** Whether a plain number (no unit) is allowed for the dimension. */
	public static boolean allowsPlainNumber(Dimension dimension) {
		return find("", dimension).isPresent();
	}

	/** Converts a value written in {@code symbol} to the dimension's base unit. */
	public static double toBase(double value, String symbol, Dimension dimension) {
		Unit unit = find(symbol, dimension).orElseThrow(() -> new IllegalArgumentException(
				"'" + symbol + "' is not a unit of " + dimension.description()));
		return unit.toBase(value);
	}

	/** The symbols of a dimension for messages, e.g. "ns, us, ms, s, min, h, d". */
	public static String symbolList(Dimension dimension) {
		return String.join(", ", of(dimension).stream().map(Unit::displaySymbol).toList());
	}
}
