package org.aiaas.sim.engine;

import java.util.List;

/**
 * Requests recorded by a pilot run ({@link PilotRun}): per request its feature row (names in
 * {@code featureNames}, see {@link ServiceFeatures}) and its true service time in seconds.
 */
public record ServiceTimeSamples(List<String> featureNames, double[][] features, double[] seconds) {

	public ServiceTimeSamples {
		featureNames = List.copyOf(featureNames);
		if (features.length != seconds.length) {
			throw new IllegalArgumentException(features.length + " feature rows but " + seconds.length + " times");
		}
	}

	public int size() {
		return seconds.length;
	}
}
