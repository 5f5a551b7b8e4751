package org.aiaas.model.units;

/**
 * A unit symbol of one dimension and how it converts to the dimension's base unit. Most units are
 * linear (value × factor); decibel-milliwatt style units are logarithmic
 * (factor × 10^(value / 10)).
 *
 * @param symbol      the symbol as written in a scenario, e.g. "GB/s"; empty for a plain number
 * @param dimension   what the unit measures
 * @param factor      base units per unit (or the reference level of a logarithmic unit)
 * @param logarithmic whether the value is a level in decibels relative to {@code factor}
 */
public record Unit(String symbol, Dimension dimension, double factor, boolean logarithmic) {

	/** Converts a value in this unit to the dimension's base unit. */
	public double toBase(double value) {
		return logarithmic ? factor * Math.pow(10.0, value / 10.0) : value * factor;
	}

	/** The symbol for messages: a plain number shows as "(no unit)". */
	public String displaySymbol() {
		return symbol.isEmpty() ? "(no unit)" : symbol;
	}
}
