package org.aiaas.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TR 38.901 V17 Table 7.4.1-1. Each expected value is the table's formula written out here with
 * f_c in GHz and distances in m; c = 3.0 × 10⁸ m/s (Note 1). Default heights: UMa 25/1.5 m, UMi
 * 10/1.5 m, RMa 35/1.5 m (h = 5 m, W = 20 m), InH 3/1 m.
 */
class PathLossTest {

	private static final double C = 3.0e8;
	private static final double TOLERANCE = 1e-9;

	private static double lg(double x) {
		return Math.log10(x);
	}

	private static double d3d(double d2d, double hBs, double hUt) {
		return Math.sqrt(d2d * d2d + (hBs - hUt) * (hBs - hUt));
	}

	// UMa: d'BP = 4 (hBS − 1)(hUT − 1) fc / c; at 3.5 GHz 4 · 24 · 0.5 · 3.5e9 / 3e8 = 560 m, at 28 GHz 4480 m.

	@ParameterizedTest(name = "UMa LOS {0} m at {1} GHz")
	@CsvSource({ "50, 3.5", "300, 3.5", "1000, 3.5", "3000, 3.5", "100, 28", "1000, 28", "4900, 28", "200, 0.7" })
	void umaLineOfSight(double d2d, double ghz) {
		double d = d3d(d2d, 25, 1.5);
		double dbp = 4 * 24 * 0.5 * ghz * 1e9 / C;
		double expected = d2d <= dbp ? 28.0 + 22 * lg(d) + 20 * lg(ghz)
				: 28.0 + 40 * lg(d) + 20 * lg(ghz) - 9 * lg(dbp * dbp + 23.5 * 23.5);
		assertEquals(expected, PathLoss.lineOfSightDb(Environment.UMA, d2d, d, ghz * 1e9, 25, 1.5), TOLERANCE);
	}

	@Test
	void umaLineOfSightAt100MetresAnd3point5GigahertzByHand() {
		// d3D = √(100² + 23.5²) = 102.724 m; 28 + 22·log10(102.724) + 20·log10(3.5) = 28 + 44.257 + 10.881.
		assertEquals(83.138, PathLoss.lineOfSightDb(Environment.UMA, 100, 102.724, 3.5e9, 25, 1.5), 0.001);
	}

	@ParameterizedTest(name = "UMa NLOS {0} m at {1} GHz")
	@CsvSource({ "50, 3.5", "300, 3.5", "1000, 3.5", "3000, 3.5", "100, 28", "1000, 28" })
	void umaNonLineOfSight(double d2d, double ghz) {
		double d = d3d(d2d, 25, 1.5);
		double nlos = 13.54 + 39.08 * lg(d) + 20 * lg(ghz) - 0.6 * (1.5 - 1.5);
		double los = PathLoss.lineOfSightDb(Environment.UMA, d2d, d, ghz * 1e9, 25, 1.5);
		assertTrue(nlos > los, "in UMa the NLOS formula dominates at these distances");
		assertEquals(nlos, PathLoss.nonLineOfSightDb(Environment.UMA, d2d, d, ghz * 1e9, 25, 1.5), TOLERANCE);
	}

	// UMi: d'BP = 4 · 9 · 0.5 · fc / c; at 3.5 GHz 210 m, at 28 GHz 1680 m.

	@ParameterizedTest(name = "UMi LOS and NLOS {0} m at {1} GHz")
	@CsvSource({ "50, 3.5", "150, 3.5", "400, 3.5", "800, 3.5", "100, 28", "1000, 28", "3000, 28" })
	void umiStreetCanyon(double d2d, double ghz) {
		double d = d3d(d2d, 10, 1.5);
		double dbp = 4 * 9 * 0.5 * ghz * 1e9 / C;
		double los = d2d <= dbp ? 32.4 + 21 * lg(d) + 20 * lg(ghz)
				: 32.4 + 40 * lg(d) + 20 * lg(ghz) - 9.5 * lg(dbp * dbp + 8.5 * 8.5);
		double nlos = Math.max(los, 35.3 * lg(d) + 22.4 + 21.3 * lg(ghz) - 0.3 * (1.5 - 1.5));
		assertEquals(los, PathLoss.lineOfSightDb(Environment.UMI, d2d, d, ghz * 1e9, 10, 1.5), TOLERANCE);
		assertEquals(nlos, PathLoss.nonLineOfSightDb(Environment.UMI, d2d, d, ghz * 1e9, 10, 1.5), TOLERANCE);
	}

	// RMa: d_BP = 2π hBS hUT fc / c; at 0.7 GHz 2π · 35 · 1.5 · 0.7e9 / 3e8 = 769.7 m, at 3.5 GHz 3848 m.

	private static double rmaPl1(double d, double ghz) {
		double h = 5;
		return 20 * lg(40 * Math.PI * d * ghz / 3) + Math.min(0.03 * Math.pow(h, 1.72), 10) * lg(d)
				- Math.min(0.044 * Math.pow(h, 1.72), 14.77) + 0.002 * lg(h) * d;
	}

	@ParameterizedTest(name = "RMa LOS and NLOS {0} m at {1} GHz")
	@CsvSource({ "100, 0.7", "500, 0.7", "2000, 0.7", "8000, 0.7", "1000, 3.5", "5000, 3.5" })
	void ruralMacro(double d2d, double ghz) {
		double hBs = 35;
		double hUt = 1.5;
		double d = d3d(d2d, hBs, hUt);
		double dbp = 2 * Math.PI * hBs * hUt * ghz * 1e9 / C;
		double los = d2d <= dbp ? rmaPl1(d, ghz) : rmaPl1(dbp, ghz) + 40 * lg(d / dbp);
		double nlosPrime = 161.04 - 7.1 * lg(20) + 7.5 * lg(5) - (24.37 - 3.7 * Math.pow(5 / hBs, 2)) * lg(hBs)
				+ (43.42 - 3.1 * lg(hBs)) * (lg(d) - 3) + 20 * lg(ghz) - (3.2 * Math.pow(lg(11.75 * hUt), 2) - 4.97);
		assertEquals(los, PathLoss.lineOfSightDb(Environment.RMA, d2d, d, ghz * 1e9, hBs, hUt), TOLERANCE);
		assertEquals(Math.max(los, nlosPrime),
				PathLoss.nonLineOfSightDb(Environment.RMA, d2d, d, ghz * 1e9, hBs, hUt), TOLERANCE);
	}

	@ParameterizedTest(name = "InH LOS and NLOS {0} m at {1} GHz")
	@CsvSource({ "5, 3.5", "20, 3.5", "80, 3.5", "10, 28", "50, 28", "100, 60" })
	void indoorOffice(double d2d, double ghz) {
		double d = d3d(d2d, 3, 1);
		double los = 32.4 + 17.3 * lg(d) + 20 * lg(ghz);
		double nlos = Math.max(los, 38.3 * lg(d) + 17.30 + 24.9 * lg(ghz));
		assertEquals(los, PathLoss.lineOfSightDb(Environment.INH, d2d, d, ghz * 1e9, 3, 1), TOLERANCE);
		assertEquals(nlos, PathLoss.nonLineOfSightDb(Environment.INH, d2d, d, ghz * 1e9, 3, 1), TOLERANCE);
	}

	@Test
	void nlosIsNeverBelowLosAsTheSpecTakesTheMaximum() {
		// InH at d3D = 1 m, 3.5 GHz: LOS 32.4 + 20·log10(3.5) = 43.28 dB, NLOS' 17.3 + 24.9·log10(3.5) = 30.85 dB.
		assertEquals(32.4 + 20 * lg(3.5), PathLoss.nonLineOfSightDb(Environment.INH, 0, 1, 3.5e9, 3, 1), TOLERANCE);
		for (Environment env : Environment.values()) {
			double hBs = PathLoss.defaultBsHeight(env);
			double hUt = PathLoss.defaultUserHeight(env);
			for (double d2d = 1; d2d < 6000; d2d *= 1.5) {
				double d = d3d(d2d, hBs, hUt);
				assertTrue(PathLoss.nonLineOfSightDb(env, d2d, d, 3.5e9, hBs, hUt) >= PathLoss.lineOfSightDb(env, d2d,
						d, 3.5e9, hBs, hUt), env + " at " + d2d + " m");
			}
		}
	}

	@ParameterizedTest(name = "{0} LOS is continuous at the breakpoint, {1} GHz")
	@CsvSource({ "UMA, 3.5", "UMA, 28", "UMI, 3.5", "UMI, 28", "RMA, 0.7", "RMA, 3.5" })
	void continuousAtTheBreakpoint(Environment env, double ghz) {
		double hBs = PathLoss.defaultBsHeight(env);
		double hUt = PathLoss.defaultUserHeight(env);
		double dbp = PathLoss.breakpointDistance(env, ghz * 1e9, hBs, hUt);
		double before = PathLoss.lineOfSightDb(env, dbp, d3d(dbp, hBs, hUt), ghz * 1e9, hBs, hUt);
		double after = PathLoss.lineOfSightDb(env, dbp + 1e-6, d3d(dbp + 1e-6, hBs, hUt), ghz * 1e9, hBs, hUt);
		// UMa/UMi are exactly continuous; RMa's PL2 uses PL1(d_BP) at d3D = d_BP, a few mdB off.
		assertEquals(before, after, 0.01);
	}

	@Test
	void breakpointDistancesOfNote1() {
		assertEquals(4 * 24 * 0.5 * 3.5e9 / C, PathLoss.breakpointDistance(Environment.UMA, 3.5e9, 25, 1.5), 1e-9);
		assertEquals(560.0, PathLoss.breakpointDistance(Environment.UMA, 3.5e9, 25, 1.5), 1e-9);
		assertEquals(210.0, PathLoss.breakpointDistance(Environment.UMI, 3.5e9, 10, 1.5), 1e-9);
		assertEquals(2 * Math.PI * 35 * 1.5 * 0.7e9 / C, PathLoss.breakpointDistance(Environment.RMA, 0.7e9, 35, 1.5),
				1e-9);
		assertEquals(Double.POSITIVE_INFINITY, PathLoss.breakpointDistance(Environment.INH, 3.5e9, 3, 1));
	}

	@Test
	void shadowFadingAndDefaultHeightsOfTheTables() {
		assertEquals(4, PathLoss.shadowFadingSigmaDb(Environment.UMA, true));
		assertEquals(6, PathLoss.shadowFadingSigmaDb(Environment.UMA, false));
		assertEquals(4, PathLoss.shadowFadingSigmaDb(Environment.UMI, true));
		assertEquals(7.82, PathLoss.shadowFadingSigmaDb(Environment.UMI, false));
		assertEquals(4, PathLoss.shadowFadingSigmaDb(Environment.RMA, true));
		assertEquals(8, PathLoss.shadowFadingSigmaDb(Environment.RMA, false));
		assertEquals(3, PathLoss.shadowFadingSigmaDb(Environment.INH, true));
		assertEquals(8.03, PathLoss.shadowFadingSigmaDb(Environment.INH, false));
		assertEquals(25, PathLoss.defaultBsHeight(Environment.UMA));
		assertEquals(10, PathLoss.defaultBsHeight(Environment.UMI));
		assertEquals(35, PathLoss.defaultBsHeight(Environment.RMA));
		assertEquals(3, PathLoss.defaultBsHeight(Environment.INH));
		assertEquals(1.5, PathLoss.defaultUserHeight(Environment.UMA));
		assertEquals(1.0, PathLoss.defaultUserHeight(Environment.INH));
	}

	@Test
	void expectedLossWeighsLosAndNlosByTheLosProbability() {
		// UMa, 200 m, 3.5 GHz: P_LOS = 18/200 + e^(−200/63)(1 − 18/200), heights 25 / 1.5 m.
		double p = 18.0 / 200 + Math.exp(-200.0 / 63) * (1 - 18.0 / 200);
		double d = d3d(200, 25, 1.5);
		double los = 28.0 + 22 * lg(d) + 20 * lg(3.5);
		double nlos = 13.54 + 39.08 * lg(d) + 20 * lg(3.5);
		assertEquals(p * los + (1 - p) * nlos, PathLoss.expectedDb(Environment.UMA, 200, 3.5e9), TOLERANCE);
	}

	@Test
	void expectedLossGrowsWithDistanceInEveryEnvironment() {
		for (Environment env : Environment.values()) {
			double previous = Double.NEGATIVE_INFINITY;
			for (double d2d = 10; d2d <= 5000; d2d += 10) {
				double loss = PathLoss.expectedDb(env, d2d, 3.5e9);
				assertTrue(loss > previous, env + " at " + d2d + " m");
				previous = loss;
			}
		}
	}
}
