package org.aiaas.sim.radio;

/**
 * NR numerology μ (TS 38.211 §4.2, §4.3.2): subcarrier spacing 15 kHz · 2^μ and, with 14 OFDM
 * symbols per slot (normal cyclic prefix), slots of 1 ms / 2^μ. μ = 0…4 are Rel-15 values; Rel-17
 * adds μ = 5 and 6 (480 and 960 kHz) for FR2-2, so 0…6 are accepted.
 */
public final class Slot {

	/** OFDM symbols per slot with the normal cyclic prefix (TS 38.211 Table 4.3.2-1). */
	public static final int SYMBOLS_PER_SLOT = 14;

	private static final int MAX_NUMEROLOGY = 6;

	private Slot() {
	}

	/** The slot duration 10⁻³ s / 2^μ in seconds. */
	public static double seconds(int numerology) {
		return 1e-3 / (1 << check(numerology));
	}

	/** The average OFDM symbol duration T_s^μ = 10⁻³ / (14 · 2^μ) s used by TS 38.306 §4.1.2. */
	public static double symbolSeconds(int numerology) {
		return seconds(numerology) / SYMBOLS_PER_SLOT;
	}

	/** The subcarrier spacing 15 kHz · 2^μ in Hz. */
	public static double subcarrierSpacingHz(int numerology) {
		return 15e3 * (1 << check(numerology));
	}

	static int check(int numerology) {
		if (numerology < 0 || numerology > MAX_NUMEROLOGY) {
			throw new IllegalArgumentException("the numerology must be 0.." + MAX_NUMEROLOGY + ", got " + numerology);
		}
		return numerology;
	}
}
