package org.aiaas.train.federated;

import java.util.Objects;

/**
 * One aggregating node of a federated job and the simulated length of a round when the models
 * meet there. Round k of the run ends at k × {@code timing.seconds()} of simulated time: every
 * round moves the same bytes between the same devices.
 */
public record Aggregation(String node, String kind, RoundTimer.RoundTiming timing) {

	public Aggregation {
		Objects.requireNonNull(node, "the node");
		Objects.requireNonNull(timing, "the timing");
	}

	/** Simulated seconds at the end of round {@code round} (1-based). */
	public double endOfRoundS(int round) {
		return round * timing.seconds();
	}
}
