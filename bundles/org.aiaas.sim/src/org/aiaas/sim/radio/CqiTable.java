package org.aiaas.sim.radio;

/**
 * The 4-bit CQI tables of TS 38.214 §5.2.2.1: for CQI 1..15 the modulation order Q_m, the target
 * code rate × 1024 and the spectral efficiency Q_m · rate / 1024 in bit/s/Hz, as printed (four
 * decimals). CQI 0 means out of range.
 * <p>
 * 3GPP does not say which SINR a CQI needs; that comes from link-level simulation of a receiver.
 * This class uses the attenuated Shannon bound of 3GPP TR 36.942 Annex A.2, efficiency =
 * α · log2(1 + SINR), with α = {@value #SHANNON_ATTENUATION} for implementation loss only
 * (TR 36.942 uses α = 0.6 because its figure also absorbs the protocol overhead, which
 * {@link PeakRate#overhead} already covers here). A CQI's threshold is the SINR at which that
 * bound reaches the CQI's efficiency: SINR = 2^(efficiency / α) − 1. This puts CQI 1 at −8.2 dB
 * and CQI 15 of the 64QAM table at 22.3 dB, within about 1.5 dB of published LTE link-level
 * mappings at 10 % BLER (e.g. Kawser et al., IJIEE 2(1), 2012: −6.7 dB and 22.7 dB), which is
 * the accuracy a planning model can claim.
 */
public enum CqiTable {

	/** TS 38.214 Table 5.2.2.1-2, up to 64QAM (the table also used by LTE). */
	QAM64(new int[] { 2, 2, 2, 2, 2, 2, 4, 4, 4, 6, 6, 6, 6, 6, 6 },
			new int[] { 78, 120, 193, 308, 449, 602, 378, 490, 616, 466, 567, 666, 772, 873, 948 },
			new double[] { 0.1523, 0.2344, 0.3770, 0.6016, 0.8770, 1.1758, 1.4766, 1.9141, 2.4063, 2.7305, 3.3223,
					3.9023, 4.5234, 5.1152, 5.5547 }),

	/** TS 38.214 Table 5.2.2.1-3, up to 256QAM. */
	QAM256(new int[] { 2, 2, 2, 4, 4, 4, 6, 6, 6, 6, 6, 8, 8, 8, 8 },
			new int[] { 78, 193, 449, 378, 490, 616, 466, 567, 666, 772, 873, 711, 797, 885, 948 },
			new double[] { 0.1523, 0.3770, 0.8770, 1.4766, 1.9141, 2.4063, 2.7305, 3.3223, 3.9023, 4.5234, 5.1152,
					5.5547, 6.2266, 6.9141, 7.4063 });

	/** α of the attenuated Shannon bound that places the SINR thresholds. */
	public static final double SHANNON_ATTENUATION = 0.75;

	/** The highest CQI index. */
	public static final int MAX_CQI = 15;

	private final int[] modulationOrders;
	private final int[] codeRates;
	private final double[] efficiencies;
	private final double[] thresholdsDb;

	CqiTable(int[] modulationOrders, int[] codeRates, double[] efficiencies) {
		this.modulationOrders = modulationOrders;
		this.codeRates = codeRates;
		this.efficiencies = efficiencies;
		this.thresholdsDb = new double[efficiencies.length];
		for (int i = 0; i < efficiencies.length; i++) {
			thresholdsDb[i] = 10 * Math.log10(Math.pow(2, efficiencies[i] / SHANNON_ATTENUATION) - 1);
		}
	}

	/** The spectral efficiency of a CQI in bit/s/Hz; 0 for CQI 0 (out of range). */
	public double efficiency(int cqi) {
		return cqi == 0 ? 0.0 : efficiencies[index(cqi)];
	}

	/** Q_m of a CQI: 2 (QPSK), 4 (16QAM), 6 (64QAM) or 8 (256QAM). */
	public int modulationOrder(int cqi) {
		return modulationOrders[index(cqi)];
	}

	/** The target code rate of a CQI as a fraction (the table's value / 1024). */
	public double codeRate(int cqi) {
		return codeRates[index(cqi)] / 1024.0;
	}

	/** The lowest SINR in dB at which the CQI is reported (see the class comment). */
	public double sinrThresholdDb(int cqi) {
		return thresholdsDb[index(cqi)];
	}

	/** The highest CQI whose SINR threshold is met; 0 = out of range, the device is in outage. */
	public int cqiFor(double sinrDb) {
		int cqi = 0;
		while (cqi < MAX_CQI && sinrDb >= thresholdsDb[cqi]) {
			cqi++;
		}
		return cqi;
	}

	private static int index(int cqi) {
		if (cqi < 1 || cqi > MAX_CQI) {
			throw new IllegalArgumentException("the CQI must be 1.." + MAX_CQI + ", got " + cqi);
		}
		return cqi - 1;
	}
}
