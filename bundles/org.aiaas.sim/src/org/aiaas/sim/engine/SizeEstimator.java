package org.aiaas.sim.engine;

/**
 * What size-based schedulers (SJF, SRPT) believe a request's size to be. Variants declared with
 * {@code sizes predicted} ask the plan's estimator (a learned service-time predictor, see
 * {@link ServiceTimeLearner}); all others use the true size ({@link #DECLARED}), so "SJF with
 * predicted sizes" can be compared against SJF with true sizes in one run.
 */
@FunctionalInterface
public interface SizeEstimator {

	/** The true size. */
	SizeEstimator DECLARED = (request, trueSize) -> trueSize;

	/**
	 * @param request  what is observable about the request (reused for the next request: do not keep it)
	 * @param trueSize the request's actual service demand in seconds (a predictor must not just return it)
	 * @return the size the scheduler orders by, in seconds
	 */
	double estimate(ServiceRequest request, double trueSize);
}
