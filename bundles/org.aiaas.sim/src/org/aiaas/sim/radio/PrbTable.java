package org.aiaas.sim.radio;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The maximum transmission bandwidth configuration N_RB: how many resource blocks fit a channel
 * bandwidth at a subcarrier spacing.
 * <ul>
 * <li>FR1: TS 38.101-1 Table 5.3.2-1 (Rel-17), channel bandwidths 5–100 MHz, SCS 15/30/60 kHz
 * (μ = 0, 1, 2). The Rel-18 3 MHz channel is not included.</li>
 * <li>FR2: TS 38.101-2 Table 5.3.2-1, FR2-1 channel bandwidths 50–400 MHz, SCS 60/120 kHz
 * (μ = 2, 3). The FR2-2 480/960 kHz numerologies are not included.</li>
 * </ul>
 * Combinations the table marks N/A (e.g. 15 kHz at 100 MHz, 60 kHz at 400 MHz) are empty.
 */
public final class PrbTable {

	/** Numerology → channel bandwidth in MHz → N_RB, TS 38.101-1 Table 5.3.2-1. */
	private static final Map<Integer, Map<Integer, Integer>> FR1 = Map.of(
			0, Map.ofEntries(Map.entry(5, 25), Map.entry(10, 52), Map.entry(15, 79), Map.entry(20, 106),
					Map.entry(25, 133), Map.entry(30, 160), Map.entry(35, 188), Map.entry(40, 216),
					Map.entry(45, 242), Map.entry(50, 270)),
			1, Map.ofEntries(Map.entry(5, 11), Map.entry(10, 24), Map.entry(15, 38), Map.entry(20, 51),
					Map.entry(25, 65), Map.entry(30, 78), Map.entry(35, 92), Map.entry(40, 106),
					Map.entry(45, 119), Map.entry(50, 133), Map.entry(60, 162), Map.entry(70, 189),
					Map.entry(80, 217), Map.entry(90, 245), Map.entry(100, 273)),
			2, Map.ofEntries(Map.entry(10, 11), Map.entry(15, 18), Map.entry(20, 24), Map.entry(25, 31),
					Map.entry(30, 38), Map.entry(35, 44), Map.entry(40, 51), Map.entry(45, 58),
					Map.entry(50, 65), Map.entry(60, 79), Map.entry(70, 93), Map.entry(80, 107),
					Map.entry(90, 121), Map.entry(100, 135)));

	/** Numerology → channel bandwidth in MHz → N_RB, TS 38.101-2 Table 5.3.2-1. */
	private static final Map<Integer, Map<Integer, Integer>> FR2 = Map.of(
			2, Map.of(50, 66, 100, 132, 200, 264),
			3, Map.of(50, 32, 100, 66, 200, 132, 400, 264));

	private PrbTable() {
	}

	/**
	 * N_RB for a channel bandwidth in Hz (a whole number of MHz, e.g. {@code 100e6}) and a
	 * numerology; empty when the table does not define the combination.
	 */
	public static OptionalInt prbs(FrequencyRange range, double channelBandwidthHz, int numerology) {
		Objects.requireNonNull(range, "the frequency range");
		long mhz = Math.round(channelBandwidthHz / 1e6);
		if (!Double.isFinite(channelBandwidthHz) || Math.abs(channelBandwidthHz - mhz * 1e6) > 1.0) {
			return OptionalInt.empty();
		}
		Map<Integer, Integer> row = (range == FrequencyRange.FR1 ? FR1 : FR2).get(numerology);
		Integer prbs = row == null || mhz > Integer.MAX_VALUE ? null : row.get((int) mhz);
		return prbs == null ? OptionalInt.empty() : OptionalInt.of(prbs);
	}
}
