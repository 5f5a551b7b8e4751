package org.aiaas.sim.stats;

/**
 * The time average of a quantity that changes only at events and stays constant in between —
 * busy servers, queue length, memory held — from which utilisation and mean queue length come.
 * <p>
 * Averaging the values seen at events would weight a state by how often it changes rather than by
 * how long it lasts; this integrates value × duration instead. {@link #restart(double)} forgets
 * the past but keeps the present value, which is how the warm-up period is cut.
 */
public final class TimeWeighted {

	private double start;
	private double lastTime;
	private double value;
	/** ∫ value dt from {@code start} to {@code lastTime}. */
	private double integral;

	/**
	 * Starts observing at {@code startTime} with the quantity at {@code initialValue}.
	 *
	 * @throws IllegalArgumentException if either is NaN or infinite
	 */
	public TimeWeighted(double startTime, double initialValue) {
		requireFinite(startTime, "a start time");
		requireFinite(initialValue, "a value");
		this.start = startTime;
		this.lastTime = startTime;
		this.value = initialValue;
	}

	/**
	 * The quantity becomes {@code newValue} at {@code time}.
	 *
	 * @throws IllegalArgumentException if time goes backwards, or either argument is not finite
	 */
	public void set(double time, double newValue) {
		advanceTo(time);
		requireFinite(newValue, "a value");
		value = newValue;
	}

	/**
	 * Forgets everything before {@code time} and averages from there, keeping the current value:
	 * a queue that is non-empty when the warm-up ends stays non-empty.
	 *
	 * @throws IllegalArgumentException if time goes backwards or is not finite
	 */
	public void restart(double time) {
		advanceTo(time);
		start = time;
		integral = 0.0;
	}

	/**
	 * The time average from the start (or the last restart) to {@code endTime}; the current value
	 * when no time has passed, since the quantity has had that value for the whole (empty) period.
	 *
	 * @throws IllegalArgumentException if endTime is before the last change or is not finite
	 */
	public double mean(double endTime) {
		requireFinite(endTime, "an end time");
		if (endTime < lastTime) {
			throw new IllegalArgumentException(
					"the end time " + endTime + " is before the last change at " + lastTime);
		}
		if (endTime == start) {
			return value;
		}
		return (integral + value * (endTime - lastTime)) / (endTime - start);
	}

	/** The value the quantity has now. */
	public double current() {
		return value;
	}

	@Override
	public String toString() {
		return "TimeWeighted[since=" + start + ", now=" + lastTime + ", value=" + value + "]";
	}

	private void advanceTo(double time) {
		requireFinite(time, "a time");
		if (time < lastTime) {
			throw new IllegalArgumentException("time cannot go backwards: " + time + " < " + lastTime);
		}
		integral += value * (time - lastTime);
		lastTime = time;
	}

	private static void requireFinite(double x, String what) {
		if (!Double.isFinite(x)) {
			throw new IllegalArgumentException(what + " must be finite, got " + x);
		}
	}
}
