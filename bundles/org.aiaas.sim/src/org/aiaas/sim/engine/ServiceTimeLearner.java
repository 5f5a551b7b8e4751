package org.aiaas.sim.engine;

import org.aiaas.sim.api.PredictorSummary;

/**
 * Learns to predict service times from a pilot run's samples. The engine only knows this
 * interface; the implementation (a neural network on ND4J) lives in org.aiaas.train, so the
 * simulator does not depend on a numerical library.
 */
@FunctionalInterface
public interface ServiceTimeLearner {

	/**
	 * Fits a predictor on part of {@code samples} and measures it on the rest.
	 *
	 * @param seed the fit is the same for the same samples and seed
	 */
	LearnedSizes learn(ServiceTimeSamples samples, long seed);

	/**
	 * @param estimator the fitted predictor as a size estimator; thread-safe (replications run in parallel)
	 * @param summary   how well it predicts held-out requests
	 */
	record LearnedSizes(SizeEstimator estimator, PredictorSummary summary) {
	}
}
