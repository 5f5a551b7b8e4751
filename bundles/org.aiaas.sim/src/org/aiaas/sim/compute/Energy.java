package org.aiaas.sim.compute;

/**
 * Power of one accelerator (or node) by the linear utilisation model of Fan, Weber and Barroso
 * ("Power Provisioning for a Warehouse-sized Computer", ISCA 2007), also CloudSim's
 * {@code PowerModelLinear}: idle power is paid whenever the device is on, the rest scales with
 * the busy share.
 */
public final class Energy {

	private Energy() {
	}

	/**
	 * {@code idle + (max − idle) · u}, u clamped to [0, 1] so that rounding in the busy-time
	 * bookkeeping cannot produce power outside the data sheet.
	 *
	 * @throws IllegalArgumentException if a power is negative, max &lt; idle, or u is NaN
	 */
	public static double watts(double idleWatts, double maxWatts, double utilization) {
		checkPowers(idleWatts, maxWatts);
		if (Double.isNaN(utilization)) {
			throw new IllegalArgumentException("utilization must be a number, got NaN");
		}
		double u = Math.min(1.0, Math.max(0.0, utilization));
		return idleWatts + (maxWatts - idleWatts) * u;
	}

	/**
	 * Energy over {@code totalSeconds} of which {@code busySeconds} were busy:
	 * {@code idle · total + (max − idle) · busy}, i.e. {@link #watts} at u = busy/total times
	 * total. Busy time beyond the total is clamped to it, as utilisation is.
	 */
	public static double joules(double idleWatts, double maxWatts, double busySeconds, double totalSeconds) {
		checkPowers(idleWatts, maxWatts);
		Arguments.nonNegative(busySeconds, "busySeconds");
		Arguments.nonNegative(totalSeconds, "totalSeconds");
		return idleWatts * totalSeconds + (maxWatts - idleWatts) * Math.min(busySeconds, totalSeconds);
	}

	private static void checkPowers(double idleWatts, double maxWatts) {
		Arguments.nonNegative(idleWatts, "idleWatts");
		Arguments.nonNegative(maxWatts, "maxWatts");
		if (maxWatts < idleWatts) {
			throw new IllegalArgumentException(
					"maxWatts must be at least idleWatts, got max " + maxWatts + " < idle " + idleWatts);
		}
	}
}
