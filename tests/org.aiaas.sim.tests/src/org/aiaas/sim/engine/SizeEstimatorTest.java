package org.aiaas.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.aiaas.sim.api.Progress;
import org.aiaas.sim.api.SimulationResult;
import org.aiaas.sim.report.ResultsJson;
import org.junit.jupiter.api.Test;

/**
 * SJF orders by what the size estimator says: the true size, or — for {@code sizes predicted} — a
 * prediction plugged into the plan.
 */
class SizeEstimatorTest {

	private static final String SCENARIO = "scenario S { seed 21 duration 3000 s warmup 100 s replications 3\n"
			+ "  node server cloud { slots 1 }\n"
			+ "  workload jobs at server { arrivals poisson 8 /s"
			+ " service mixture { 0.9 : exponential 10 ms, 0.1 : exponential 910 ms } }\n"
			+ "  compare scheduler %s\n}\n";

	private static SimulationResult run(String schedulers, SizeEstimator estimator) {
		RunOptions options = new RunOptions(OptionalInt.empty(), OptionalLong.empty(), 2);
		Plan compiled = PlanCompiler.compile(SimulationFixture.parse(String.format(SCENARIO, schedulers)), options);
		return Simulator.run(compiled.withSizeEstimator(estimator), options, Progress.NONE);
	}

	private static double meanResponse(SimulationResult result) {
		return result.variants().get(0).metrics().get("meanResponseS").mean();
	}

	@Test
	void anEstimateThatKnowsNothingMakesSjfServeInArrivalOrder() {
		// Every request "looks" the same size: ties are broken by arrival, which is FCFS — and with
		// common random numbers the two runs are identical to the last digit.
		String sjfBlind = ResultsJson.toJson(run("sjf { sizes predicted }", (request, size) -> 1.0))
				.replace("\"sjf sizes predicted\"", "\"x\"");
		String fcfs = ResultsJson.toJson(run("fcfs", SizeEstimator.DECLARED)).replace("\"fcfs\"", "\"x\"");
		assertEquals(fcfs, sjfBlind);
	}

	@Test
	void aNoisyEstimateRecoversPartOfTheGain() {
		// A predictor that is right within a factor of two (deterministic noise from the size's bits)
		// lands between FCFS and SJF with true sizes.
		SizeEstimator noisy = (request, size) -> size * (0.5 + 1.5 * ((Double.hashCode(size) & 0xff) / 255.0));
		double fcfs = meanResponse(run("fcfs", SizeEstimator.DECLARED));
		double perfect = meanResponse(run("sjf", SizeEstimator.DECLARED));
		double predicted = meanResponse(run("sjf { sizes predicted }", noisy));
		assertTrue(perfect < predicted && predicted < fcfs,
				"expected SJF(true) < SJF(predicted) < FCFS, got " + perfect + ", " + predicted + ", " + fcfs);
	}

	@Test
	void onlyVariantsWithPredictedSizesAskTheEstimator() {
		// An estimator that reverses the order (largest first) would make SJF far worse than FCFS; the
		// variant that declares true sizes must not see it, so it equals a run without any estimator.
		SizeEstimator reversed = (request, size) -> 1 / size;
		SimulationResult both = run("sjf { sizes predicted }, sjf { sizes declared }", reversed);
		SimulationResult alone = run("sjf { sizes declared }", SizeEstimator.DECLARED);
		assertEquals(List.of("sjf sizes predicted", "sjf"), both.variants().stream().map(v -> v.name()).toList());
		assertEquals(meanResponse(alone), both.variants().get(1).metrics().get("meanResponseS").mean());
		assertTrue(both.variants().get(0).metrics().get("meanResponseS").mean() > meanResponse(alone),
				"largest-first must be slower than shortest-first");
	}

	@Test
	void predictedSizesWithoutAPredictorAreRefusedWithAReason() {
		Plan compiled = PlanCompiler.compile(SimulationFixture.parse(String.format(SCENARIO, "sjf { sizes predicted }")),
				RunOptions.defaults());
		assertTrue(compiled.needsPredictedSizes());
		ScenarioException refused = assertThrows(ScenarioException.class,
				() -> Simulator.run(compiled, RunOptions.defaults(), Progress.NONE));
		assertTrue(refused.getMessage().startsWith("'sizes predicted' needs a service-time predictor"),
				refused.getMessage());
	}
}
