package org.aiaas.sim.radio;

import java.util.Objects;

/**
 * Basic path loss of TR 38.901 V17 Table 7.4.1-1 for UMa, UMi-Street Canyon, RMa and InH-Office,
 * in dB, with the LOS probability of Table 7.4.2-1 and the shadow-fading standard deviations of
 * Table 7.4.1-1. Arguments are SI (m, Hz); the formulas use f_c in GHz and distances in m.
 * <p>
 * Outdoor devices only (no outdoor-to-indoor penetration loss), and no shadow fading is added:
 * the caller draws a N(0, σ²) dB term with {@link #shadowFadingSigmaDb} if it wants one. Outside
 * the table's validity (UMa/UMi/RMa 10 m ≤ d_2D ≤ 5 km, RMa LOS up to 10 km, InH 1 m ≤ d_3D ≤
 * 150 m; f_c 0.5–100 GHz, RMa up to 30 GHz) the formulas are extrapolated, not clamped.
 * <p>
 * Fixed scenario parameters: UMa and UMi use h_E = 1 m (certain for h_UT &lt; 13 m, Note 1); RMa
 * uses the default average building height h = 5 m and street width W = 20 m.
 */
public final class PathLoss {

	/** c as Note 1 of Table 7.4.1-1 fixes it, 3.0 × 10⁸ m/s. */
	private static final double C = 3.0e8;
	private static final double RMA_BUILDING_HEIGHT = 5;
	private static final double RMA_STREET_WIDTH = 20;

	private PathLoss() {
	}

	/** Table 7.4.2-1: the LOS probability at an outdoor 2D distance (InH: the mixed-office row). */
	public static double losProbability(Environment env, double d2dOutdoor, double userHeight) {
		Objects.requireNonNull(env, "the environment");
		return LosProbability.of(env, requireNonNegative(d2dOutdoor, "the 2D distance"), userHeight);
	}

	/** PL_LOS of Table 7.4.1-1; the two-slope models switch at {@link #breakpointDistance} in 2D distance. */
	public static double lineOfSightDb(Environment env, double d2d, double d3d, double carrierHz, double bsHeight,
			double userHeight) {
		check(env, d2d, d3d, carrierHz);
		double fc = carrierHz / 1e9;
		double dbp = breakpointDistance(env, carrierHz, bsHeight, userHeight);
		double dh = bsHeight - userHeight;
		return switch (env) {
			case UMA -> d2d <= dbp ? 28.0 + 22 * log(d3d) + 20 * log(fc)
					: 28.0 + 40 * log(d3d) + 20 * log(fc) - 9 * log(dbp * dbp + dh * dh);
			case UMI -> d2d <= dbp ? 32.4 + 21 * log(d3d) + 20 * log(fc)
					: 32.4 + 40 * log(d3d) + 20 * log(fc) - 9.5 * log(dbp * dbp + dh * dh);
			case RMA -> d2d <= dbp ? rmaLos(d3d, fc) : rmaLos(dbp, fc) + 40 * log(d3d / dbp);
			case INH -> 32.4 + 17.3 * log(d3d) + 20 * log(fc);
		};
	}

	/** PL_NLOS = max(PL_LOS, PL'_NLOS) of Table 7.4.1-1: never below the LOS loss at the same distance. */
	public static double nonLineOfSightDb(Environment env, double d2d, double d3d, double carrierHz, double bsHeight,
			double userHeight) {
		double los = lineOfSightDb(env, d2d, d3d, carrierHz, bsHeight, userHeight);
		double fc = carrierHz / 1e9;
		double nlos = switch (env) {
			case UMA -> 13.54 + 39.08 * log(d3d) + 20 * log(fc) - 0.6 * (userHeight - 1.5);
			case UMI -> 35.3 * log(d3d) + 22.4 + 21.3 * log(fc) - 0.3 * (userHeight - 1.5);
			case RMA -> rmaNlos(d3d, fc, bsHeight, userHeight);
			case INH -> 38.3 * log(d3d) + 17.30 + 24.9 * log(fc);
		};
		return Math.max(los, nlos);
	}

	/**
	 * σ_SF of Table 7.4.1-1 in dB: UMa 4 / 6, UMi 4 / 7.82, RMa 4 / 8, InH 3 / 8.03 (LOS / NLOS).
	 * RMa LOS has 6 dB beyond the breakpoint (PL2); this distance-free signature returns the PL1
	 * value 4 dB.
	 */
	public static double shadowFadingSigmaDb(Environment env, boolean lineOfSight) {
		Objects.requireNonNull(env, "the environment");
		return switch (env) {
			case UMA -> lineOfSight ? 4 : 6;
			case UMI -> lineOfSight ? 4 : 7.82;
			case RMA -> lineOfSight ? 4 : 8;
			case INH -> lineOfSight ? 3 : 8.03;
		};
	}

	/** The default base-station height in m (Table 7.2-1/7.2-2/7.2-3): UMa 25, UMi 10, RMa 35, InH 3. */
	public static double defaultBsHeight(Environment env) {
		Objects.requireNonNull(env, "the environment");
		return switch (env) {
			case UMA -> 25;
			case UMI -> 10;
			case RMA -> 35;
			case INH -> 3;
		};
	}

	/** The default device height in m: 1.5 outdoors, 1 in the office. */
	public static double defaultUserHeight(Environment env) {
		Objects.requireNonNull(env, "the environment");
		return env == Environment.INH ? 1.0 : 1.5;
	}

	/**
	 * Note 1 of Table 7.4.1-1: d'_BP = 4 h'_BS h'_UT f_c / c with effective heights h − 1 m
	 * (UMa, UMi), d_BP = 2π h_BS h_UT f_c / c (RMa); f_c in Hz. InH is single-slope: infinite.
	 */
	public static double breakpointDistance(Environment env, double carrierHz, double bsHeight, double userHeight) {
		Objects.requireNonNull(env, "the environment");
		return switch (env) {
			case UMA, UMI -> 4 * (bsHeight - 1) * (userHeight - 1) * carrierHz / C;
			case RMA -> 2 * Math.PI * bsHeight * userHeight * carrierHz / C;
			case INH -> Double.POSITIVE_INFINITY;
		};
	}

	/**
	 * The mean path loss at a 2D distance with the default heights, weighted by the LOS
	 * probability in dB: P_LOS · PL_LOS + (1 − P_LOS) · PL_NLOS, without shadow fading. This is the
	 * planning value for a device whose LOS state is not drawn.
	 */
	public static double expectedDb(Environment env, double d2d, double carrierHz) {
		Objects.requireNonNull(env, "the environment");
		double hBs = defaultBsHeight(env);
		double hUt = defaultUserHeight(env);
		double d3d = Math.hypot(d2d, hBs - hUt);
		double p = losProbability(env, d2d, hUt);
		return p * lineOfSightDb(env, d2d, d3d, carrierHz, hBs, hUt)
				+ (1 - p) * nonLineOfSightDb(env, d2d, d3d, carrierHz, hBs, hUt);
	}

	private static double rmaLos(double d, double fc) {
		double h = RMA_BUILDING_HEIGHT;
		return 20 * log(40 * Math.PI * d * fc / 3) + Math.min(0.03 * Math.pow(h, 1.72), 10) * log(d)
				- Math.min(0.044 * Math.pow(h, 1.72), 14.77) + 0.002 * log(h) * d;
	}

	private static double rmaNlos(double d3d, double fc, double hBs, double hUt) {
		double h = RMA_BUILDING_HEIGHT;
		return 161.04 - 7.1 * log(RMA_STREET_WIDTH) + 7.5 * log(h) - (24.37 - 3.7 * (h / hBs) * (h / hBs)) * log(hBs)
				+ (43.42 - 3.1 * log(hBs)) * (log(d3d) - 3) + 20 * log(fc)
				- (3.2 * Math.pow(log(11.75 * hUt), 2) - 4.97);
	}

	private static void check(Environment env, double d2d, double d3d, double carrierHz) {
		Objects.requireNonNull(env, "the environment");
		requireNonNegative(d2d, "the 2D distance");
		if (!(d3d > 0) || !Double.isFinite(d3d)) {
			throw new IllegalArgumentException("the 3D distance must be positive and finite, got " + d3d);
		}
		if (!(carrierHz > 0) || !Double.isFinite(carrierHz)) {
			throw new IllegalArgumentException("the carrier frequency must be positive and finite, got " + carrierHz);
		}
	}

	private static double requireNonNegative(double value, String what) {
		if (!(value >= 0) || !Double.isFinite(value)) {
			throw new IllegalArgumentException(what + " must be non-negative and finite, got " + value);
		}
		return value;
	}

	private static double log(double x) {
		return Math.log10(x);
	}
}
