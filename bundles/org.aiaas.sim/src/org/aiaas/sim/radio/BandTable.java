package org.aiaas.sim.radio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The NR operating bands a planner meets most, each with one typical carrier frequency: the middle
 * of the band's downlink range in TS 38.101-1 Table 5.2-1 (FR1) and TS 38.101-2 Table 5.2-1 (FR2).
 * For TDD bands downlink and uplink share the range. A real carrier sits anywhere in the range;
 * the middle is a fair value for path loss, which changes by 20·log10 of the frequency ratio
 * (under 0.5 dB across n78).
 */
public final class BandTable {

	private static final Map<String, NrBand> BANDS = new LinkedHashMap<>();

	static {
		// FR1, TS 38.101-1 Table 5.2-1: downlink range F_DL_low – F_DL_high in MHz.
		fdd("n1", 2110, 2170);
		fdd("n2", 1930, 1990);
		fdd("n3", 1805, 1880);
		fdd("n5", 869, 894);
		fdd("n7", 2620, 2690);
		fdd("n8", 925, 960);
		fdd("n20", 791, 821);
		fdd("n28", 758, 803);
		tdd("n38", 2570, 2620, FrequencyRange.FR1);
		tdd("n40", 2300, 2400, FrequencyRange.FR1);
		tdd("n41", 2496, 2690, FrequencyRange.FR1);
		fdd("n66", 2110, 2200);
		fdd("n71", 617, 652);
		tdd("n77", 3300, 4200, FrequencyRange.FR1);
		tdd("n78", 3300, 3800, FrequencyRange.FR1);
		tdd("n79", 4400, 5000, FrequencyRange.FR1);
		// FR2, TS 38.101-2 Table 5.2-1: all unpaired.
		tdd("n257", 26500, 29500, FrequencyRange.FR2);
		tdd("n258", 24250, 27500, FrequencyRange.FR2);
		tdd("n260", 37000, 40000, FrequencyRange.FR2);
		tdd("n261", 27500, 28350, FrequencyRange.FR2);
	}

	private BandTable() {
	}

	/** The band of that name (case-insensitive, e.g. {@code n78}); empty for a band not in the table. */
	public static Optional<NrBand> find(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(BANDS.get(name.strip().toLowerCase(Locale.ROOT)));
	}

	/** Every band in the table, FR1 first, in band-number order. */
	public static List<NrBand> all() {
		return List.copyOf(BANDS.values());
	}

	private static void fdd(String name, double lowMhz, double highMhz) {
		put(name, lowMhz, highMhz, FrequencyRange.FR1, false);
	}

	private static void tdd(String name, double lowMhz, double highMhz, FrequencyRange range) {
		put(name, lowMhz, highMhz, range, true);
	}

	private static void put(String name, double lowMhz, double highMhz, FrequencyRange range, boolean tdd) {
		BANDS.put(name, new NrBand(name, (lowMhz + highMhz) / 2 * 1e6, range, tdd));
	}
}
