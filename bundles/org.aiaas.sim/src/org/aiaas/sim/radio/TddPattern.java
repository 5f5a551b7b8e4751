package org.aiaas.sim.radio;

import java.util.Locale;
import java.util.Objects;

/**
 * How a TDD carrier splits time between downlink and uplink: a repeating pattern of slots, D
 * (downlink), U (uplink) and S (special: downlink symbols, a guard period, uplink symbols; TS
 * 38.213 §11.1). The special slot is 10 DL : 2 guard : 2 UL symbols unless stated, a split widely
 * deployed with DDDSU at 3.5 GHz. FDD is not a pattern: paired spectrum gives each direction all
 * of the time on its own carrier, so both shares are 1.
 */
public final class TddPattern {

	private final String pattern;
	private final double downlinkShare;
	private final double uplinkShare;

	/** A pattern of the letters D, S and U (case-insensitive), e.g. "DDDSU", with the default special slot. */
	public TddPattern(String pattern) {
		this(pattern, 10, 2, 2);
	}

	/**
	 * A pattern whose special slot has the given downlink, guard and uplink symbols, which add up
	 * to 14.
	 */
	public TddPattern(String pattern, int specialDownlinkSymbols, int guardSymbols, int specialUplinkSymbols) {
		Objects.requireNonNull(pattern, "the TDD pattern");
		if (specialDownlinkSymbols < 0 || guardSymbols < 0 || specialUplinkSymbols < 0
				|| specialDownlinkSymbols + guardSymbols + specialUplinkSymbols != Slot.SYMBOLS_PER_SLOT) {
			throw new IllegalArgumentException("the special slot's symbols must be non-negative and add up to 14, got "
					+ specialDownlinkSymbols + ":" + guardSymbols + ":" + specialUplinkSymbols);
		}
		String slots = pattern.strip().toUpperCase(Locale.ROOT);
		if (slots.isEmpty() || !slots.matches("[DSU]+")) {
			throw new IllegalArgumentException("a TDD pattern is a non-empty string of D, S and U, got '" + pattern + "'");
		}
		int downlinkSymbols = 0;
		int uplinkSymbols = 0;
		for (char slot : slots.toCharArray()) {
			switch (slot) {
				case 'D' -> downlinkSymbols += Slot.SYMBOLS_PER_SLOT;
				case 'U' -> uplinkSymbols += Slot.SYMBOLS_PER_SLOT;
				default -> {
					downlinkSymbols += specialDownlinkSymbols;
					uplinkSymbols += specialUplinkSymbols;
				}
			}
		}
		double total = (double) slots.length() * Slot.SYMBOLS_PER_SLOT;
		this.pattern = slots;
		this.downlinkShare = downlinkSymbols / total;
		this.uplinkShare = uplinkSymbols / total;
	}

	private TddPattern() {
		this.pattern = "FDD";
		this.downlinkShare = 1.0;
		this.uplinkShare = 1.0;
	}

	/** Frequency division duplex: downlink and uplink each all of the time. */
	public static TddPattern fdd() {
		return new TddPattern();
	}

	/** The share of symbols, over one pattern period, that carry downlink. */
	public double downlinkShare() {
		return downlinkShare;
	}

	/** The share of symbols, over one pattern period, that carry uplink. */
	public double uplinkShare() {
		return uplinkShare;
	}

	@Override
	public String toString() {
		return pattern;
	}
}
