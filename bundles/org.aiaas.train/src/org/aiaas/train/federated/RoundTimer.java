package org.aiaas.train.federated;

import java.util.List;
import java.util.Objects;

/**
 * The simulated duration of one synchronous FedAvg round. Every participant first receives the
 * global model (aggregating node → its cell over links and backhaul, then the cell's downlink),
 * trains locally, and sends its model back (the cell's uplink, then backhaul and links); the
 * aggregating node averages once the last model has arrived. Participants of one cell share its
 * downlink and its uplink ({@link FluidSharing}); links are not congested, as in the engine.
 * <pre>
 * download ends  dᵢ = pathᵢ + radio finish of bits/downlinkᵢ, shared from pathᵢ on
 * upload ends    uᵢ = radio finish of bits/uplinkᵢ, shared from dᵢ + computeᵢ on, + pathᵢ
 * round          = maxᵢ uᵢ + aggregation
 * </pre>
 */
public final class RoundTimer {

	/**
	 * One device taking part in a round.
	 *
	 * @param name         e.g. {@code phones#3}
	 * @param cell         which cell it shares radio time in (any key; equal = same cell)
	 * @param downlinkBps  its downlink rate alone in the cell
	 * @param uplinkBps    its uplink rate alone in the cell
	 * @param computeS     its local training time
	 * @param pathS        one-way seconds of the model's bytes between its cell and the aggregating node
	 */
	public record Participant(String name, String cell, double downlinkBps, double uplinkBps, double computeS,
			double pathS) {

		public Participant {
			Objects.requireNonNull(name, "the participant's name");
			Objects.requireNonNull(cell, "the participant's cell");
			if (!(downlinkBps > 0) || !(uplinkBps > 0) || Double.isInfinite(downlinkBps + uplinkBps)) {
				throw new IllegalArgumentException(name + ": rates must be positive and finite");
			}
			if (!(computeS >= 0) || !(pathS >= 0) || Double.isInfinite(computeS + pathS)) {
				throw new IllegalArgumentException(name + ": compute and path seconds must be finite and >= 0");
			}
		}
	}

	/**
	 * How long a round took and where the time of its slowest participant went: download
	 * (path + downlink), local compute, upload (uplink + path), then the aggregation.
	 */
	public record RoundTiming(double seconds, String slowest, double downloadS, double computeS, double uploadS,
			double aggregationS) {
	}

	private RoundTimer() {
	}

	/** Times a round of {@code participants} exchanging {@code modelBytes} each way. */
	public static RoundTiming time(List<Participant> participants, double modelBytes, double aggregationS) {
		if (participants.isEmpty()) {
			throw new IllegalArgumentException("a round needs at least one participant");
		}
		int n = participants.size();
		double bits = 8 * modelBytes;
		double[] downloaded = new double[n];
		double[] uploaded = new double[n];
		for (String cell : participants.stream().map(Participant::cell).distinct().toList()) {
			int[] members = java.util.stream.IntStream.range(0, n)
					.filter(i -> participants.get(i).cell().equals(cell)).toArray();
			double[] starts = new double[members.length];
			double[] works = new double[members.length];
			for (int m = 0; m < members.length; m++) {
				Participant p = participants.get(members[m]);
				starts[m] = p.pathS();
				works[m] = bits / p.downlinkBps();
			}
			double[] downEnds = FluidSharing.finishTimes(starts, works);
			for (int m = 0; m < members.length; m++) {
				Participant p = participants.get(members[m]);
				downloaded[members[m]] = downEnds[m];
				starts[m] = downEnds[m] + p.computeS();
				works[m] = bits / p.uplinkBps();
			}
			double[] upEnds = FluidSharing.finishTimes(starts, works);
			for (int m = 0; m < members.length; m++) {
				uploaded[members[m]] = upEnds[m] + participants.get(members[m]).pathS();
			}
		}
		int slowest = 0;
		for (int i = 1; i < n; i++) {
			if (uploaded[i] > uploaded[slowest]) {
				slowest = i;
			}
		}
		Participant p = participants.get(slowest);
		return new RoundTiming(uploaded[slowest] + aggregationS, p.name(), downloaded[slowest], p.computeS(),
				uploaded[slowest] - downloaded[slowest] - p.computeS(), aggregationS);
	}
}
