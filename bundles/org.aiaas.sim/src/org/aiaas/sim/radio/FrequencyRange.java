package org.aiaas.sim.radio;

/**
 * The two NR frequency ranges of TS 38.104 §5.1: FR1 (410–7125 MHz) and FR2 (24.25–71 GHz). The
 * range decides which channel bandwidths and numerologies exist (TS 38.101-1 vs. 38.101-2) and the
 * overhead of the peak-rate formula (TS 38.306 §4.1.2).
 */
public enum FrequencyRange {
	FR1, FR2
}
