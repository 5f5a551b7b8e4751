package org.aiaas.sim.stats;

/**
 * The regularized incomplete beta function I<sub>x</sub>(a, b) and the logarithms of the gamma
 * and beta functions, which the Student-t distribution is built on.
 * <p>
 * Written here rather than borrowed so that the simulation bundle needs nothing beyond the JDK.
 * The continued fraction is evaluated by the modified Lentz method on the side of the
 * distribution's mean where it converges quickly (Numerical Recipes, 3rd ed., §6.4); the other
 * side follows from I<sub>x</sub>(a, b) = 1 − I<sub>1−x</sub>(b, a). Callers pass ln x and
 * ln(1 − x) rather than x, so that x near 1 and x beyond the range of a double (the far tails of
 * a t distribution with few degrees of freedom) keep their precision.
 */
final class IncompleteBeta {

	/** Relative change of the continued fraction at which it has converged. */
	private static final double EPSILON = 1e-15;
	/** Guards Lentz's method against division by zero. */
	private static final double TINY = 1e-300;
	/** Enough for a, b up to about 10^9; the fraction needs O(√max(a, b)) terms. */
	private static final int MAX_TERMS = 1_000_000;
	/** From here on the Stirling series is used for ln Γ differences (it is accurate to ~1e-17). */
	private static final double STIRLING_FROM = 20.0;
	private static final double HALF_LN_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);
	/** Lanczos coefficients, g = 7, n = 9 (relative accuracy of Γ about 1e-15). */
	private static final double[] LANCZOS = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028,
			771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
			9.9843695780195716e-6, 1.5056327351493116e-7 };

	private IncompleteBeta() {
	}

	/**
	 * I<sub>x</sub>(a, b) for a, b &gt; 0, given ln x and ln(1 − x) (both ≤ 0, −∞ allowed).
	 * I<sub>1−x</sub>(b, a) = 1 − I<sub>x</sub>(a, b) is obtained, accurately when small, by
	 * swapping the arguments.
	 */
	static double regularized(double lnX, double lnY, double a, double b) {
		if (lnX == Double.NEGATIVE_INFINITY) {
			return 0.0;
		}
		if (lnY == Double.NEGATIVE_INFINITY) {
			return 1.0;
		}
		double x = Math.exp(lnX);
		double y = Math.exp(lnY);
		double front = Math.exp(a * lnX + b * lnY - lnBeta(a, b));
		if (x < (a + 1.0) / (a + b + 2.0)) {
			return front * continuedFraction(x, a, b) / a;
		}
		return 1.0 - front * continuedFraction(y, b, a) / b;
	}

	/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b &gt; 0. */
	static double lnBeta(double a, double b) {
		double large = Math.max(a, b);
		double small = Math.min(a, b);
		if (large < STIRLING_FROM) {
			return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
		}
		// ln Γ(large) − ln Γ(large + small) by Stirling, without the cancellation of two huge terms.
		double difference = -(large - 0.5) * Math.log1p(small / large) - small * Math.log(large + small) + small
				+ stirlingCorrection(large) - stirlingCorrection(large + small);
		return lnGamma(small) + difference;
	}

	/** ln Γ(x) for x &gt; 0. */
	static double lnGamma(double x) {
		if (x < 0.5) {
			// Reflection keeps the Lanczos sum in its accurate range: Γ(x) = Γ(x + 1) / x.
			return lnGamma(x + 1.0) - Math.log(x);
		}
		if (x >= STIRLING_FROM) {
			return (x - 0.5) * Math.log(x) - x + HALF_LN_TWO_PI + stirlingCorrection(x);
		}
		double z = x - 1.0;
		double sum = LANCZOS[0];
		for (int i = 1; i < LANCZOS.length; i++) {
			sum += LANCZOS[i] / (z + i);
		}
		double t = z + 7.5;
		return HALF_LN_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
	}

	/** ln Γ(x) − ((x − ½) ln x − x + ½ ln 2π), the Stirling series; error below 1e-16 for x ≥ 20. */
	private static double stirlingCorrection(double x) {
		double r = 1.0 / x;
		double r2 = r * r;
		return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 / 1188))));
	}

	/** The continued fraction of I_x(a, b) (Numerical Recipes' betacf), by the modified Lentz method. */
	private static double continuedFraction(double x, double a, double b) {
		double c = 1.0;
		double d = nonZero(1.0 - (a + b) * x / (a + 1.0));
		d = 1.0 / d;
		double h = d;
		for (int m = 1; m <= MAX_TERMS; m++) {
			int m2 = 2 * m;
			double even = m * (b - m) * x / ((a - 1.0 + m2) * (a + m2));
			d = 1.0 / nonZero(1.0 + even * d);
			c = nonZero(1.0 + even / c);
			h *= d * c;
			double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1.0 + m2));
			d = 1.0 / nonZero(1.0 + odd * d);
			c = nonZero(1.0 + odd / c);
			double delta = d * c;
			h *= delta;
			if (Math.abs(delta - 1.0) < EPSILON) {
				return h;
			}
		}
		throw new ArithmeticException("incomplete beta continued fraction did not converge: x=" + x + ", a=" + a
				+ ", b=" + b);
	}

	private static double nonZero(double value) {
		return Math.abs(value) < TINY ? TINY : value;
	}
}
