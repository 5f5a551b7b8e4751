package org.aiaas.sim.radio;

import java.util.Objects;

/**
 * The approximate maximum data rate of one NR component carrier, TS 38.306 §4.1.2:
 *
 * <pre>
 * rate [Mbit/s] = 10⁻⁶ · v_layers · Q_m · f · R_max · (N_PRB^{BW,μ} · 12 / T_s^μ) · (1 − OH)
 * </pre>
 *
 * with R_max = 948/1024 and T_s^μ = 10⁻³ / (14 · 2^μ) s, the average OFDM symbol duration. For
 * carrier aggregation the spec sums this over the carriers. It is the peak of the cell, not what a
 * device achieves: that depends on its SINR (see {@link CqiTable}) and on how many devices share
 * the carrier.
 */
public final class PeakRate {

	/** The maximum LDPC code rate of TS 38.306 §4.1.2 (also the top CQI's code rate). */
	public static final double R_MAX = 948.0 / 1024.0;

	private PeakRate() {
	}

	/**
	 * The formula above in bit/s (not Mbit/s: the 10⁻⁶ is left out).
	 *
	 * @param layers          v_layers, the maximum number of MIMO layers, 1..8
	 * @param modulationOrder Q_m: 1 (π/2-BPSK, uplink), 2, 4, 6, 8 or 10 (1024QAM, Rel-17)
	 * @param scalingFactor   f in (0, 1]; the UE signals 1, 0.8, 0.75 or 0.4
	 * @param prbs            N_PRB^{BW,μ}, the maximum resource-block allocation (see {@link PrbTable})
	 * @param numerology      μ
	 * @param overhead        OH in [0, 1) (see {@link #overhead(FrequencyRange, boolean)})
	 */
	public static double bitsPerSecond(int layers, int modulationOrder, double scalingFactor, int prbs, int numerology,
			double overhead) {
		if (layers < 1 || layers > 8) {
			throw new IllegalArgumentException("layers must be 1..8, got " + layers);
		}
		if (modulationOrder != 1 && (modulationOrder < 2 || modulationOrder > 10 || modulationOrder % 2 != 0)) {
			throw new IllegalArgumentException("the modulation order must be 1, 2, 4, 6, 8 or 10, got " + modulationOrder);
		}
		if (!(scalingFactor > 0 && scalingFactor <= 1)) {
			throw new IllegalArgumentException("the scaling factor must be in (0, 1], got " + scalingFactor);
		}
		if (prbs < 0) {
			throw new IllegalArgumentException("the PRB count must not be negative, got " + prbs);
		}
		if (!(overhead >= 0 && overhead < 1)) {
			throw new IllegalArgumentException("the overhead must be in [0, 1), got " + overhead);
		}
		double resourceElementsPerSecond = prbs * 12.0 / Slot.symbolSeconds(numerology);
		return layers * modulationOrder * scalingFactor * R_MAX * resourceElementsPerSecond * (1 - overhead);
	}

	/**
	 * OH of TS 38.306 §4.1.2, the share of resources spent on control and reference signals: 0.14
	 * (FR1 downlink), 0.18 (FR2 downlink), 0.08 (FR1 uplink), 0.10 (FR2 uplink).
	 */
	public static double overhead(FrequencyRange range, boolean downlink) {
		Objects.requireNonNull(range, "the frequency range");
		return switch (range) {
			case FR1 -> downlink ? 0.14 : 0.08;
			case FR2 -> downlink ? 0.18 : 0.10;
		};
	}
}
