package org.aiaas.sim.api;

/**
 * What one 5G cell did in one variant. Rates in Mbit/s; times in seconds; shares 0..1.
 *
 * @param name                 the cell's name
 * @param peakDlMbps           TS 38.306 peak rate of the configured carrier, downlink (TDD share applied)
 * @param peakUlMbps           the same, uplink
 * @param meanDlRateMbps       mean achievable downlink rate over the cell's devices (alone in the cell)
 * @param meanUlRateMbps       mean achievable uplink rate over the cell's devices
 * @param downlinkUtilization  share of measured time with a downlink transfer active
 * @param uplinkUtilization    share of measured time with an uplink transfer active
 * @param meanUplinkS          mean time from sending to the request being at the cell site (sharing, access, HARQ)
 * @param meanDownlinkS        mean time of the result's downlink transfer (sharing)
 * @param outageShare          share of the cell's requests lost because their device was out of coverage or refused
 * @param refusedDevices       devices over the cell's connection limit (maxdevices, else IMT-2020 10^6/km²), per replication
 */
public record CellResult(String name, double peakDlMbps, double peakUlMbps, MetricValue meanDlRateMbps,
		MetricValue meanUlRateMbps, MetricValue downlinkUtilization, MetricValue uplinkUtilization,
		MetricValue meanUplinkS, MetricValue meanDownlinkS, MetricValue outageShare, long refusedDevices) {
}
