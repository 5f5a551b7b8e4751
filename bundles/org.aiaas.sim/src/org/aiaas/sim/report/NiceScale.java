package org.aiaas.sim.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An axis range widened to round numbers with round tick steps (1, 2 or 5 times a power of ten),
 * after Heckbert's "nice numbers for graph labels". An empty range (one point, or all values
 * equal) is widened so that the point sits inside the axis.
 *
 * @param min   the lowest tick
 * @param max   the highest tick
 * @param ticks the tick values, from min to max, exact decimals such as 0.3 rather than
 *              0.30000000000000004
 */
public record NiceScale(double min, double max, List<Double> ticks) {

	/**
	 * @param lo          the smallest data value
	 * @param hi          the largest data value
	 * @param includeZero whether the axis must reach 0 (bars start there)
	 * @param maxTicks    about how many ticks fit, at least 2
	 */
	public static NiceScale of(double lo, double hi, boolean includeZero, int maxTicks) {
		if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
			lo = 0;
			hi = 1;
		}
		if (includeZero) {
			lo = Math.min(lo, 0);
			hi = Math.max(hi, 0);
		}
		if (hi - lo <= Math.abs(hi) * 1e-12) {
			double pad = hi == 0 ? 1 : Math.abs(hi) * 0.5;
			hi += pad;
			lo = includeZero && lo == 0 ? 0 : lo - pad;
		}
		BigDecimal step = niceStep((hi - lo) / Math.max(1, maxTicks - 1));
		long first = (long) Math.floor(lo / step.doubleValue() + 1e-9);
		long last = (long) Math.ceil(hi / step.doubleValue() - 1e-9);
		List<Double> ticks = new ArrayList<>();
		for (long k = first; k <= last; k++) {
			ticks.add(step.multiply(BigDecimal.valueOf(k)).doubleValue());
		}
		return new NiceScale(ticks.get(0), ticks.get(ticks.size() - 1), List.copyOf(ticks));
	}

	/** The smallest of 1, 2, 5 or 10 times a power of ten that is at least {@code rough}. */
	static BigDecimal niceStep(double rough) {
		int exponent = (int) Math.floor(Math.log10(rough));
		double fraction = rough / Math.pow(10, exponent);
		int nice;
		if (fraction <= 1 + 1e-9) {
			nice = 1;
		} else if (fraction <= 2 + 1e-9) {
			nice = 2;
		} else if (fraction <= 5 + 1e-9) {
			nice = 5;
		} else {
			nice = 10;
		}
		return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent);
	}

	/** Where {@code value} lies between min (0) and max (1). */
	public double fraction(double value) {
		return (value - min) / (max - min);
	}
}
