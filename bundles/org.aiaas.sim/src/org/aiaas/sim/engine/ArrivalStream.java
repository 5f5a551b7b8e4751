package org.aiaas.sim.engine;

import java.util.SplittableRandom;

/** The arrival times of one workload in one replication; may keep state (on/off phase, trace position). */
interface ArrivalStream {

	/** The next arrival time after {@code now}, or +∞ when no more requests arrive. */
	double next(double now, SplittableRandom random);

	/** Poisson arrivals: exponential gaps with mean 1/λ. */
	static ArrivalStream poisson(double rate) {
		Sampler gap = Sampler.exponential(1 / rate);
		return (now, random) -> now + gap.next(random);
	}

	/** Evenly spaced arrivals, the first one gap after time 0. */
	static ArrivalStream constant(double rate) {
		double gap = 1 / rate;
		return (now, random) -> now + gap;
	}

	/** Timestamps from a trace, in seconds from the start, increasing. */
	static ArrivalStream trace(double[] times) {
		return new ArrivalStream() {
			private int index;

			@Override
			public double next(double now, SplittableRandom random) {
				while (index < times.length && times[index] < now) {
					index++;
				}
				return index < times.length ? times[index++] : Double.POSITIVE_INFINITY;
			}
		};
	}

	/**
	 * An interrupted Poisson process: Poisson at {@code rate} during on periods, nothing during off
	 * periods; both period lengths exponential with the given means, starting in an on period.
	 * Mean rate = rate · on / (on + off).
	 */
	static ArrivalStream onOff(double rate, double meanOn, double meanOff) {
		return new ArrivalStream() {
			private double phaseEnd = Double.NaN;
			private boolean on = true;

			@Override
			public double next(double now, SplittableRandom random) {
				if (Double.isNaN(phaseEnd)) {
					phaseEnd = -meanOn * Math.log1p(-random.nextDouble());
				}
				double t = now;
				while (true) {
					if (on) {
						double candidate = t - Math.log1p(-random.nextDouble()) / rate;
						if (candidate < phaseEnd) {
							return candidate;
						}
						t = phaseEnd;
						on = false;
						phaseEnd = t - meanOff * Math.log1p(-random.nextDouble());
					} else {
						t = phaseEnd;
						on = true;
						phaseEnd = t - meanOn * Math.log1p(-random.nextDouble());
					}
				}
			}
		};
	}
}
