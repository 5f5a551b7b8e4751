package org.aiaas.sim.api;

/**
 * How the service-time predictor behind {@code sizes predicted} was trained and how well it
 * predicts requests it never saw (results.json key "predictor", docs/results-schema.md).
 *
 * @param samples         requests recorded by the pilot run
 * @param trainSamples    of those, used for fitting (the validation share for early stopping included)
 * @param heldOutSamples  of those, kept out of fitting and used only to measure {@code r2}
 * @param r2              coefficient of determination on the held-out requests, in seconds:
 *                        1 − Σ(t − t̂)² / Σ(t − t̄)²
 * @param r2Log           the same on ln(seconds), the scale the network is fitted on
 * @param model           e.g. "dense 24-32-32-1 relu, Adam, target ln(seconds)"
 */
public record PredictorSummary(int samples, int trainSamples, int heldOutSamples, double r2, double r2Log,
		String model) {
}
