package org.aiaas.sim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.aiaas.sim.api.MetricValue;

/**
 * Numbers as people read them in report.html: four significant digits, plain notation between
 * 0.001 and 10 million, scientific outside. Files for machines use {@link JsonWriter#number}.
 */
public final class Numbers {

	private static final MathContext FOUR_DIGITS = new MathContext(4);

	private Numbers() {
	}

	public static String format(double value) {
		if (!Double.isFinite(value)) {
			return "—";
		}
		if (value == 0.0) {
			return "0";
		}
		BigDecimal rounded = BigDecimal.valueOf(value).round(FOUR_DIGITS).stripTrailingZeros();
		double magnitude = Math.abs(value);
		if (magnitude >= 1e-3 && magnitude < 1e7) {
			return rounded.toPlainString();
		}
		int exponent = rounded.precision() - 1 - rounded.scale();
		BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
		return mantissa.toPlainString() + "e" + exponent;
	}

	/** "mean ± ci95 unit", or "mean unit" when there is no interval, or "—" when undefined. */
	public static String meanAndCi(MetricValue v, String unit) {
		if (!v.isDefined()) {
			return "—";
		}
		String suffix = unit.isEmpty() ? "" : " " + unit;
		if (v.ci95() == null) {
			return Numbers.format(v.mean()) + suffix;
		}
		return Numbers.format(v.mean()) + " ± " + Numbers.format(v.ci95()) + suffix;
	}

	/** A coordinate in an SVG file: one decimal, a dot whatever the locale. */
	static String coordinate(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
