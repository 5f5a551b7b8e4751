package org.aiaas.sim.stats;

/**
 * Student's t distribution: its CDF and its quantiles, which scale confidence intervals computed
 * from a handful of replications (with 5 replications the 95 % factor is 2.78, not the normal
 * 1.96).
 * <p>
 * The CDF comes from the regularized incomplete beta function; the quantile inverts it by Newton's
 * method kept inside a bracket by bisection, to about 1e-15 relative for 1 to 10<sup>6</sup>
 * degrees of freedom. Tail and central probabilities are handled separately so that p close to 0,
 * ½ or 1 keeps its precision.
 */
public final class StudentT {

	private static final int MAX_ITERATIONS = 2_000;
	private static final double TOLERANCE = 1e-15;
	/** Beyond this r, r² would overflow: switch to logarithms. */
	private static final double HUGE = 1e100;

	private StudentT() {
	}

	/**
	 * P(T ≤ t) for T with {@code degreesOfFreedom} degrees of freedom.
	 *
	 * @throws IllegalArgumentException if t is NaN or degreesOfFreedom &lt; 1
	 */
	public static double cdf(double t, int degreesOfFreedom) {
		requireDegreesOfFreedom(degreesOfFreedom);
		if (Double.isNaN(t)) {
			throw new IllegalArgumentException("t must be a number, got NaN");
		}
		if (t == 0.0) {
			return 0.5;
		}
		double magnitude = Math.abs(t);
		return t < 0 ? upperTail(magnitude, degreesOfFreedom) : 0.5 + central(magnitude, degreesOfFreedom);
	}

	/**
	 * The t with P(T ≤ t) = p, e.g. {@code quantile(0.975, n - 1)} for a two-sided 95 % interval
	 * from n values.
	 *
	 * @throws IllegalArgumentException if p is not in the open interval (0, 1) or
	 *                                  degreesOfFreedom &lt; 1
	 */
	public static double quantile(double p, int degreesOfFreedom) {
		requireDegreesOfFreedom(degreesOfFreedom);
		if (!(p > 0.0 && p < 1.0)) {
			throw new IllegalArgumentException("a probability in (0, 1) is needed, got " + p);
		}
		if (p == 0.5) {
			return 0.0;
		}
		// Both are exact in floating point: the symmetric problem for t > 0, with the tail mass.
		double tail = p < 0.5 ? p : 1.0 - p;
		double magnitude = positiveQuantile(tail, degreesOfFreedom);
		return p < 0.5 ? -magnitude : magnitude;
	}

	/** The t &gt; 0 whose upper tail is {@code tail} (in (0, ½)). */
	private static double positiveQuantile(double tail, int df) {
		// g(t) increases in t and vanishes at the answer; whichever of central/tail mass is the
		// smaller is matched, so that it keeps its relative precision.
		boolean matchCentral = tail > 0.25;
		double target = matchCentral ? 0.5 - tail : tail;
		double low = 0.0;
		double high = 1.0;
		while (excess(high, df, matchCentral, target) < 0.0) {
			low = high;
			high *= 2.0;
			if (Double.isInfinite(high)) {
				return Double.POSITIVE_INFINITY;
			}
		}
		double t = 0.5 * (low + high);
		for (int i = 0; i < MAX_ITERATIONS; i++) {
			double g = excess(t, df, matchCentral, target);
			if (g == 0.0) {
				return t;
			}
			if (g < 0.0) {
				low = t;
			} else {
				high = t;
			}
			double next = t - g / density(t, df);
			if (!(next > low && next < high)) {
				next = 0.5 * (low + high);
			}
			if (Math.abs(next - t) <= TOLERANCE * next || high - low <= TOLERANCE * high) {
				return next;
			}
			t = next;
		}
		return t;
	}

	/** Central mass minus target, or target minus upper tail: increasing in t either way. */
	private static double excess(double t, int df, boolean matchCentral, double target) {
		return matchCentral ? central(t, df) - target : target - upperTail(t, df);
	}

	/** P(0 &lt; T ≤ t) for t &gt; 0: ½ I<sub>1−x</sub>(½, ν/2) with x = ν / (ν + t²). */
	private static double central(double t, int df) {
		return 0.5 * IncompleteBeta.regularized(lnOneMinusX(t, df), lnX(t, df), 0.5, df / 2.0);
	}

	/** P(T &gt; t) for t &gt; 0: ½ I<sub>x</sub>(ν/2, ½) with x = ν / (ν + t²). */
	private static double upperTail(double t, int df) {
		return 0.5 * IncompleteBeta.regularized(lnX(t, df), lnOneMinusX(t, df), df / 2.0, 0.5);
	}

	/** The density (1 + t²/ν)<sup>−(ν+1)/2</sup> / (√ν B(ν/2, ½)) = x<sup>(ν+1)/2</sup> / (…). */
	private static double density(double t, int df) {
		return Math.exp((df + 1.0) / 2.0 * lnX(t, df) - 0.5 * Math.log(df) - IncompleteBeta.lnBeta(df / 2.0, 0.5));
	}

	/** ln x = −ln(1 + r²) with r = t/√ν, without overflowing r² for huge t. */
	private static double lnX(double t, int df) {
		double r = t / Math.sqrt(df);
		return r > HUGE ? -2.0 * Math.log(r) - Math.log1p(1.0 / (r * r)) : -Math.log1p(r * r);
	}

	/** ln(1 − x) = ln(r² / (1 + r²)) = −ln(1 + 1/r²), without overflowing 1/r² for tiny t. */
	private static double lnOneMinusX(double t, int df) {
		double r = t / Math.sqrt(df);
		return r < 1.0 / HUGE ? 2.0 * Math.log(r) - Math.log1p(r * r) : -Math.log1p(1.0 / (r * r));
	}

	private static void requireDegreesOfFreedom(int degreesOfFreedom) {
		if (degreesOfFreedom < 1) {
			throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + degreesOfFreedom);
		}
	}
}
