package org.aiaas.model.units;

/** Which numbers a quantity feature accepts (in base units). */
public enum ValueRange {
	/** Greater than zero: sizes, rates, durations. The default. */
	POSITIVE("positive", "greater than 0"),
	/** Zero or more: latencies, warm-up, loss. */
	NON_NEGATIVE("nonNegative", "0 or more"),
	/** Any value: levels in dBm may be negative. */
	ANY("any", "any value");

	private final String key;
	private final String phrase;

	ValueRange(String key, String phrase) {
		this.key = key;
		this.phrase = phrase;
	}

	/** Whether {@code value} lies in this range. */
	public boolean accepts(double value) {
		return switch (this) {
		case POSITIVE -> value > 0;
		case NON_NEGATIVE -> value >= 0;
		case ANY -> true;
		};
	}

	/** For messages: "greater than 0". */
	public String phrase() {
		return phrase;
	}

	static ValueRange fromKey(String key) {
		for (ValueRange range : values()) {
			if (range.key.equals(key)) {
				return range;
			}
		}
		return POSITIVE;
	}
}
