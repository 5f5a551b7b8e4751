/**
 * 5G NR radio planning as pure functions of 3GPP tables and formulas, in SI units (Hz, m, s,
 * bit/s; dB and dBm for levels): peak cell rate (TS 38.306), resource blocks per channel (TS
 * 38.101-1/-2), path loss (TR 38.901), link budget, CQI and spectral efficiency (TS 38.214), TDD
 * time split and numerology.
 */
package org.aiaas.sim.radio;
