package org.aiaas.sim.compute;

/** Cost of holding a priced resource (a GPU instance, a node) for a time, billed per second. */
public final class Cost {

	private static final double SECONDS_PER_HOUR = 3600.0;

	private Cost() {
	}

	/** {@code pricePerHour × seconds / 3600}: the instance is paid while held, busy or not. */
	public static double dollars(double pricePerHour, double seconds) {
		Arguments.nonNegative(pricePerHour, "pricePerHour");
		Arguments.nonNegative(seconds, "seconds");
		return pricePerHour * seconds / SECONDS_PER_HOUR;
	}
}
