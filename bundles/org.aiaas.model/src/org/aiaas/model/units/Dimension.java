package org.aiaas.model.units;

/**
 * The physical (or economic) dimension of a quantity. Every quantity in a scenario is stored with
 * the unit its author wrote; the model feature that holds it names the dimension it must have, and
 * {@link Units} converts it to the dimension's SI-style base unit.
 */
public enum Dimension {
	TIME("a time", "s"),
	DATA("an amount of data", "B"),
	DATA_RATE("a data rate", "B/s"),
	COMPUTE("an amount of compute", "FLOP"),
	COMPUTE_RATE("a compute rate", "FLOPS"),
	FREQUENCY("a frequency", "Hz"),
	EVENT_RATE("an event rate", "/s"),
	POWER("a power", "W"),
	DECIBEL("a level in decibels", "dB"),
	MONEY("an amount of money", "$"),
	MONEY_RATE("a price per time", "$/s"),
	COUNT("a count", ""),
	TOKENS("a number of tokens", "tokens"),
	LENGTH("a length", "m"),
	RATIO("a ratio", "");

	private final String description;
	private final String baseSymbol;

	Dimension(String description, String baseSymbol) {
		this.description = description;
		this.baseSymbol = baseSymbol;
	}

	/** A phrase for messages, e.g. "a data rate". */
	public String description() {
		return description;
	}

	/** The unit that {@link Units#toBase} converts to. */
	public String baseSymbol() {
		return baseSymbol;
	}
}
