package org.aiaas.sim.engine;

/**
 * What size-based schedulers (SJF, SRPT) believe a request's size to be. {@link #DECLARED} is the
 * true size (an oracle, or sizes the clients declare); a learned service-time predictor plugs in
 * here, so "SJF with predicted sizes" can be compared against SJF with true sizes.
 */
@FunctionalInterface
public interface SizeEstimator {

	/** The true size. */
	SizeEstimator DECLARED = (workload, trueSize) -> trueSize;

	/**
	 * @param workload the workload's name in the scenario
	 * @param trueSize the request's actual service demand in seconds (a predictor must not just return it)
	 * @return the size the scheduler orders by, in seconds
	 */
	double estimate(String workload, double trueSize);
}
