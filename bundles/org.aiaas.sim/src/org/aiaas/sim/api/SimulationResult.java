package org.aiaas.sim.api;

import java.util.List;

/**
 * Everything a run produced, in the shape results.json has (see docs/results-schema.md).
 *
 * @param scenario     the scenario's name
 * @param seed         the base seed; the same seed gives the same results byte for byte
 * @param replications independent replications per variant
 * @param durationS    simulated time per replication, warm-up included
 * @param warmupS      the warm-up cut from every statistic
 * @param variants     one per compared policy, or one
 * @param predictor    the service-time predictor behind {@code sizes predicted}, or null when no variant uses one
 */
public record SimulationResult(String scenario, long seed, int replications, double durationS, double warmupS,
		List<VariantResult> variants, PredictorSummary predictor) {

	/** A result without a learned predictor. */
	public SimulationResult(String scenario, long seed, int replications, double durationS, double warmupS,
			List<VariantResult> variants) {
		this(scenario, seed, replications, durationS, warmupS, variants, null);
	}
}
