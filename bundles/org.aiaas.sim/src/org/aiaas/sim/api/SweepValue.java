package org.aiaas.sim.api;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One swept parameter of a variant: {@code vision.rate} = 20 /s.
 *
 * @param parameter the swept element and parameter, e.g. "region1.slots"
 * @param value     the value in the unit as written in the sweep
 * @param unit      that unit ("" for a plain number)
 */
public record SweepValue(String parameter, double value, String unit) {

	/** The value as a person writes it: "256", "20 /s", "0.5 ms" (ten significant digits at most). */
	public String text() {
		String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
		return unit == null || unit.isEmpty() ? number : number + " " + unit;
	}

	/** "region1.slots=256", the part of a variant's name that says which sweep point it is. */
	public String label() {
		return parameter + "=" + text();
	}
}
