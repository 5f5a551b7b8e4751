package org.aiaas.sim.radio;

import java.util.Objects;

/**
 * An NR operating band with one typical carrier frequency, enough to pick path loss and frame
 * structure for planning.
 *
 * @param name      the 3GPP band name, e.g. {@code n78}
 * @param carrierHz the carrier (downlink centre) frequency in Hz
 * @param range     FR1 or FR2
 * @param tdd       whether the band is unpaired (TDD); false for paired (FDD) bands
 */
public record NrBand(String name, double carrierHz, FrequencyRange range, boolean tdd) {

	public NrBand {
		Objects.requireNonNull(name, "the band name");
		Objects.requireNonNull(range, "the frequency range");
		if (!(carrierHz > 0) || !Double.isFinite(carrierHz)) {
			throw new IllegalArgumentException("the carrier frequency must be positive and finite, got " + carrierHz);
		}
	}
}
