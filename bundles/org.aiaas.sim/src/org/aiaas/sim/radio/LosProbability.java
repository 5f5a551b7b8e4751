package org.aiaas.sim.radio;

/**
 * TR 38.901 Table 7.4.2-1: the probability that an outdoor device sees the base station, as a
 * function of the outdoor 2D distance d (m). InH uses the mixed-office row.
 */
final class LosProbability {

	private LosProbability() {
	}

	static double of(Environment env, double d, double userHeight) {
		return switch (env) {
			case RMA -> d <= 10 ? 1.0 : Math.exp(-(d - 10) / 1000);
			case UMI -> d <= 18 ? 1.0 : 18 / d + Math.exp(-d / 36) * (1 - 18 / d);
			case UMA -> d <= 18 ? 1.0
					: (18 / d + Math.exp(-d / 63) * (1 - 18 / d))
							* (1 + highUserFactor(userHeight) * 5.0 / 4 * Math.pow(d / 100, 3) * Math.exp(-d / 150));
			case INH -> d <= 1.2 ? 1.0 : d < 6.5 ? Math.exp(-(d - 1.2) / 4.7) : Math.exp(-(d - 6.5) / 32.6) * 0.32;
		};
	}

	/**
	 * C'(h_UT) of the UMa row: 0 up to 13 m, ((h_UT − 13) / 10)^1.5 up to 23 m. The table stops
	 * at 23 m; higher devices keep the 23 m value.
	 */
	private static double highUserFactor(double userHeight) {
		return userHeight <= 13 ? 0.0 : Math.pow((Math.min(userHeight, 23) - 13) / 10, 1.5);
	}
}
