package org.aiaas.sim.engine;

import java.util.SplittableRandom;

import org.aiaas.sim.radio.CqiTable;
import org.aiaas.sim.radio.Environment;
import org.aiaas.sim.radio.LinkBudget;
import org.aiaas.sim.radio.PathLoss;

/**
 * A 5G NR cell compiled for the engine: what a device at a given distance achieves, and the
 * fixed delays of getting a transport block through. Rates use the TS 38.306 peak-rate formula
 * with the device's CQI spectral efficiency (TS 38.214) in place of Q_m · R_max.
 *
 * @param name             the cell's name
 * @param backhaulNode     index of the node its traffic reaches first
 * @param backhaulLatency  one-way seconds from the cell to that node
 * @param environment      TR 38.901 scenario for path loss
 * @param carrierHz        carrier frequency
 * @param bandwidthHz      channel bandwidth
 * @param resourceElementsPerSecond N_PRB · 12 / T_s: resource elements per second, before overhead
 * @param downlinkShare    share of time for downlink (TDD), 1 for FDD
 * @param uplinkShare      share of time for uplink (TDD), 1 for FDD
 * @param downlinkOverhead TS 38.306 overhead for the downlink
 * @param uplinkOverhead   TS 38.306 overhead for the uplink
 * @param downlinkLayers   MIMO layers in the downlink
 * @param cqiTable         64QAM or 256QAM table
 * @param cellTxPowerDbm   gNB transmit power (downlink)
 * @param deviceTxPowerDbm device transmit power (uplink)
 * @param cellNoiseDbm     noise at the gNB receiver over the channel
 * @param deviceNoiseDbm   noise at the device receiver over the channel
 * @param slotSeconds      1 ms / 2^μ
 * @param peakDownlinkBps  TS 38.306 peak rate, downlink (for reports)
 * @param peakUplinkBps    TS 38.306 peak rate, uplink (for reports)
 * @param maxDevices       devices the cell accepts; the rest are refused (their requests are lost, cause 'radio')
 */
record CellPlan(String name, int backhaulNode, double backhaulLatency, Environment environment, double carrierHz,
		double bandwidthHz, double resourceElementsPerSecond, double downlinkShare, double uplinkShare,
		double downlinkOverhead, double uplinkOverhead, int downlinkLayers, CqiTable cqiTable, double cellTxPowerDbm,
		double deviceTxPowerDbm, double cellNoiseDbm, double deviceNoiseDbm, double slotSeconds, double peakDownlinkBps,
		double peakUplinkBps, long maxDevices) {

	/** IMT-2020 connection density (ITU-R M.2410): 10^6 devices per km². */
	static final double IMT2020_DEVICES_PER_M2 = 1e6 / 1e6;

	/** Interference from neighbouring cells, as a fixed margin on the SINR. */
	static final double INTERFERENCE_MARGIN_DB = 3;
	/**
	 * Antenna gain of the gNB (both directions); devices have 0 dBi. 15 dBi is a conservative
	 * sectorised panel (TR 38.802-style evaluations use 8 dBi elements in arrays of 16 to 64).
	 */
	static final double GNB_ANTENNA_GAIN_DBI = 15;
	/** Uplink access: scheduling request and grant before data can be sent, in slots. */
	static final int UPLINK_ACCESS_SLOTS = 2;
	/** Downlink scheduling and processing delay, in slots. */
	static final int DOWNLINK_ACCESS_SLOTS = 1;
	/** HARQ: block error rate target of the first transmission, and round trip of a retransmission in slots. */
	static final double BLER = 0.1;
	static final int HARQ_RTT_SLOTS = 8;

	/** A device's achievable rates in bits/s (0 = outage), for a draw of its position and shadowing. */
	double[] deviceRates(double distance, SplittableRandom random) {
		double userHeight = PathLoss.defaultUserHeight(environment);
		boolean lineOfSight = random.nextDouble() < PathLoss.losProbability(environment, distance, userHeight);
		double pathLoss = medianPathLoss(distance, lineOfSight)
				+ PathLoss.shadowFadingSigmaDb(environment, lineOfSight) * Sampler.gaussian(random);
		return ratesAt(pathLoss);
	}

	/**
	 * A device's rates in bits/s at {@code distance} without drawing anything: shadowing at its
	 * median (0 dB), and the rates with and without line of sight weighted by the TR 38.901 LOS
	 * probability. For planning outside the event loop (federated training rounds).
	 */
	double[] expectedRates(double distance) {
		double p = PathLoss.losProbability(environment, distance, PathLoss.defaultUserHeight(environment));
		double[] los = ratesAt(medianPathLoss(distance, true));
		double[] nlos = ratesAt(medianPathLoss(distance, false));
		return new double[] { p * los[0] + (1 - p) * nlos[0], p * los[1] + (1 - p) * nlos[1] };
	}

	private double medianPathLoss(double distance, boolean lineOfSight) {
		double userHeight = PathLoss.defaultUserHeight(environment);
		double bsHeight = PathLoss.defaultBsHeight(environment);
		double d3d = Math.hypot(distance, bsHeight - userHeight);
		return lineOfSight ? PathLoss.lineOfSightDb(environment, distance, d3d, carrierHz, bsHeight, userHeight)
				: PathLoss.nonLineOfSightDb(environment, distance, d3d, carrierHz, bsHeight, userHeight);
	}

	/** Uplink and downlink rates for a path loss before the gNB's antenna gain. */
	private double[] ratesAt(double pathLossDb) {
		double pathLoss = pathLossDb - GNB_ANTENNA_GAIN_DBI;
		double downlinkSinr = LinkBudget.sinrDb(cellTxPowerDbm, pathLoss, deviceNoiseDbm, INTERFERENCE_MARGIN_DB);
		return new double[] { uplinkRate(pathLoss), rate(downlinkSinr, downlinkLayers, downlinkShare, downlinkOverhead) };
	}

	/**
	 * A device's power is limited, so the uplink scheduler gives it only as much of the band as
	 * pays: with a share x of the band, its power concentrates on it (noise falls by 10·log10 x).
	 * The rate is the best over shares 1, 1/2, 1/4, … (power-limited uplink).
	 */
	private double uplinkRate(double pathLoss) {
		double best = 0;
		for (double share = 1; share * resourceElementsPerSecond >= 12 * 14 * 1000; share /= 2) {
			double noise = cellNoiseDbm + 10 * Math.log10(share);
			double sinr = LinkBudget.sinrDb(deviceTxPowerDbm, pathLoss, noise, INTERFERENCE_MARGIN_DB);
			best = Math.max(best, share * rate(sinr, 1, uplinkShare, uplinkOverhead));
		}
		return best;
	}

	private double rate(double sinrDb, int layers, double share, double overhead) {
		int cqi = cqiTable.cqiFor(sinrDb);
		if (cqi == 0) {
			return 0;
		}
		return layers * cqiTable.efficiency(cqi) * resourceElementsPerSecond * (1 - overhead) * share;
	}

	/**
	 * The mean of {@link #accessDelay}: the access slots plus HARQ_RTT_SLOTS × BLER / (1 − BLER)
	 * (retransmissions are geometric).
	 */
	double meanAccessDelay(boolean uplink) {
		int slots = uplink ? UPLINK_ACCESS_SLOTS : DOWNLINK_ACCESS_SLOTS;
		return (slots + HARQ_RTT_SLOTS * BLER / (1 - BLER)) * slotSeconds;
	}

	/** Fixed delay of one transfer: access, and HARQ retransmissions at the BLER target. */
	double accessDelay(boolean uplink, SplittableRandom random) {
		int slots = uplink ? UPLINK_ACCESS_SLOTS : DOWNLINK_ACCESS_SLOTS;
		while (random.nextDouble() < BLER) {
			slots += HARQ_RTT_SLOTS;
		}
		return slots * slotSeconds;
	}
}
