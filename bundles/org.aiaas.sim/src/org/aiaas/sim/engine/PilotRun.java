package org.aiaas.sim.engine;

import java.util.Arrays;

import org.aiaas.sim.api.Progress;

/**
 * A pilot simulation that records, for every request that reaches a node, what a scheduler could
 * observe about it ({@link ServiceFeatures}) and its true service time: the training data of a
 * learned size predictor. It runs the plan's first variant with FCFS (sizes do not depend on the
 * scheduler) on its own random streams: the base seed is scrambled with "pilot", so none of the
 * measured replications' draws is seen in training. Replications of the pilot continue until
 * {@code wanted} requests are recorded or {@link #MAX_REPLICATIONS} have run.
 */
public final class PilotRun {

	/** The pilot's replications stop here even if fewer requests were recorded. */
	static final int MAX_REPLICATIONS = 50;

	private PilotRun() {
	}

	/** The base seed of the pilot's random streams. */
	static long pilotSeed(long seed) {
		return RandomStreams.mix(seed ^ RandomStreams.hash("pilot run for the size predictor"));
	}

	/**
	 * @param wanted at most this many requests are recorded (the first ones of each pilot replication, in order)
	 * @throws ScenarioException when the pilot records no request at all
	 */
	public static ServiceTimeSamples collect(Plan plan, int wanted) {
		Plan pilot = plan.withSeed(pilotSeed(plan.seed()));
		Plan.VariantPlan first = plan.variants().get(0);
		Plan.VariantPlan fcfs = new Plan.VariantPlan("pilot", FcfsScheduler::new, first.placement(), false);
		int columns = plan.features().count();
		double[][] features = new double[wanted][];
		double[] seconds = new double[wanted];
		int[] count = { 0 };
		for (int r = 0; r < MAX_REPLICATIONS && count[0] < wanted; r++) {
			new ReplicationRun(pilot, fcfs, r, false, (request, size) -> {
				if (count[0] < wanted) {
					features[count[0]] = Arrays.copyOf(request.features(), columns);
					seconds[count[0]++] = size;
				}
			}).run(new Progress() {
				@Override
				public void begin(String task, double totalWork) {
				}

				@Override
				public void worked(double work) {
				}

				@Override
				public boolean isCanceled() {
					return count[0] >= wanted; // enough recorded: the rest of this replication is not needed
				}
			});
		}
		if (count[0] == 0) {
			throw new ScenarioException("the pilot run for 'sizes predicted' saw no request reach a node;"
					+ " there is nothing to learn service times from");
		}
		return new ServiceTimeSamples(plan.features().names(), Arrays.copyOf(features, count[0]),
				Arrays.copyOf(seconds, count[0]));
	}
}
