package org.aiaas.sim.engine;

/**
 * Round robin: a request is served for at most one time slice, then goes to the back of the queue
 * if work remains. Each slice may cost a context switch. As the slice shrinks (and the switch cost
 * is zero) this approaches processor sharing.
 */
final class RoundRobinScheduler extends FifoScheduler {

	private final double slice;
	private final double switchCost;

	RoundRobinScheduler(double slice, double switchCost) {
		if (!(slice > 0)) {
			throw new IllegalArgumentException("a round-robin slice must be positive, got " + slice);
		}
		this.slice = slice;
		this.switchCost = switchCost;
	}

	/** At most one slice of the remaining work — never more than what remains. */
	@Override
	public double burst(Job job) {
		return Math.min(slice, job.remaining);
	}

	@Override
	public double switchCost() {
		return switchCost;
	}
}
