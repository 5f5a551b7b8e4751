package org.aiaas.sim.radio;

/**
 * The receiver side of a link budget: thermal noise over the occupied bandwidth and the
 * signal-to-interference-plus-noise ratio at the receiver, all in dB/dBm.
 */
public final class LinkBudget {

	/** Thermal noise density kT at T = 290 K in dBm/Hz (−173.98, rounded as everyone does). */
	public static final double THERMAL_NOISE_DBM_PER_HZ = -174;

	private LinkBudget() {
	}

	/**
	 * The receiver noise power −174 dBm/Hz + 10·log10(B) + NF in dBm, e.g. −87 dBm for 100 MHz and
	 * a 7 dB noise figure.
	 */
	public static double noiseDbm(double bandwidthHz, double noiseFigureDb) {
		if (!(bandwidthHz > 0) || !Double.isFinite(bandwidthHz)) {
			throw new IllegalArgumentException("the bandwidth must be positive and finite, got " + bandwidthHz);
		}
		return THERMAL_NOISE_DBM_PER_HZ + 10 * Math.log10(bandwidthHz) + noiseFigureDb;
	}

	/**
	 * The SINR in dB: received power (transmit power minus path loss, antenna gains and losses
	 * folded into either) over noise raised by the interference margin. The margin is the
	 * interference-plus-noise rise over thermal noise, i.e. 10·log10((N + I) / N), the usual
	 * planning stand-in for the load of neighbouring cells.
	 */
	public static double sinrDb(double txPowerDbm, double pathLossDb, double noiseDbm, double interferenceMarginDb) {
		return txPowerDbm - pathLossDb - (noiseDbm + interferenceMarginDb);
	}
}
