package org.aiaas.sim.engine;

/**
 * Gives a plan whose variants use {@code sizes predicted} a learned predictor: a pilot run
 * ({@link PilotRun}) records requests, the learner fits on part of them and is measured on the
 * rest, and the plan carries the fitted estimator and its summary into the run and its results.
 */
public final class PredictedSizes {

	/** Requests the pilot records for training and held-out measurement. */
	public static final int PILOT_SAMPLES = 5000;

	static final String MISSING = "'sizes predicted' needs a service-time predictor and none was given to the"
			+ " simulator ('aiaas run' trains one from a pilot run)";

	private PredictedSizes() {
	}

	/** {@code plan} itself when no variant predicts sizes, else the plan with a freshly learned predictor. */
	public static Plan attach(Plan plan, ServiceTimeLearner learner) {
		if (!plan.needsPredictedSizes()) {
			return plan;
		}
		ServiceTimeSamples samples = PilotRun.collect(plan, PILOT_SAMPLES);
		ServiceTimeLearner.LearnedSizes learned = learner.learn(samples, plan.seed());
		return plan.withPredictor(learned.estimator(), learned.summary());
	}
}
