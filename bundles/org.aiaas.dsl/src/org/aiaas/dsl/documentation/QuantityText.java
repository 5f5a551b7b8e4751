package org.aiaas.dsl.documentation;

import java.util.Locale;

/** Numbers for people: three significant digits with an SI prefix, "1.25 G". */
final class QuantityText {

	private static final String[] PREFIXES = { "p", "n", "µ", "m", "", "k", "M", "G", "T", "P", "E" };
	private static final int UNPREFIXED = 4;

	private QuantityText() {
	}

	/** "1.25 GB/s" for (1.25e9, "B/s"); plain "0" for zero. */
	static String engineering(double value, String baseUnit) {
		String unit = baseUnit == null ? "" : baseUnit;
		if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
			return (value == 0 ? "0" : String.valueOf(value)) + (unit.isEmpty() ? "" : " " + unit);
		}
		int exponent = (int) Math.floor(Math.log10(Math.abs(value)) / 3);
		int index = Math.max(0, Math.min(PREFIXES.length - 1, exponent + UNPREFIXED));
		double scaled = value / Math.pow(1000, index - UNPREFIXED);
		String number = plain(scaled);
		String prefixedUnit = PREFIXES[index] + unit;
		return prefixedUnit.isEmpty() ? number : number + " " + prefixedUnit;
	}

	/** Three significant digits without trailing zeros: "0.8", "12.5", "1.23e+06". */
	static String plain(double value) {
		String number = String.format(Locale.ROOT, "%.3g", value);
		if (number.contains(".") && !number.contains("e")) {
			number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
		}
		return number;
	}
}
