package org.aiaas.sim.engine;

import org.aiaas.model.PlacementKind;

/**
 * Chooses the node that serves a request that crossed the network: one class per policy. The
 * choice sees, for each candidate node, its fixed network delay, its service time for the request
 * and its current load.
 */
interface Placement {

	/**
	 * @param candidates the nodes the request may go to, with their estimates as of now
	 * @param deadline   the request's relative deadline in seconds, +∞ for none
	 * @return an index into {@code candidates}
	 */
	int choose(Candidate[] candidates, double deadline);

	/**
	 * One node as seen by placement: network round trip (fixed part), mean service time, load.
	 * Everything but the load is fixed for a (workload, node) pair during a run, so the engine
	 * keeps one instance per pair and only refreshes {@link #inSystem} before each choice (no
	 * allocation per request).
	 */
	final class Candidate {
		private final int node;
		private final double networkSeconds;
		private final double serviceSeconds;
		private final boolean edge;
		private final boolean home;
		/** Requests in service or waiting there now; refreshed by the engine before each choice. */
		int inSystem;
		private final int slots;
		private final double pricePerSecond;

		/**
		 * @param edge      whether it is an edge node (else cloud)
		 * @param home      whether it is the node the request's cell backhauls to
		 * @param inSystem  requests in service or waiting there now
		 * @param slots     requests it serves at once
		 * @param pricePerSecond what holding one of its slots costs per second
		 */
		Candidate(int node, double networkSeconds, double serviceSeconds, boolean edge, boolean home, int inSystem,
				int slots, double pricePerSecond) {
			this.node = node;
			this.networkSeconds = networkSeconds;
			this.serviceSeconds = serviceSeconds;
			this.edge = edge;
			this.home = home;
			this.inSystem = inSystem;
			this.slots = slots;
			this.pricePerSecond = pricePerSecond;
		}

		int node() {
			return node;
		}

		double networkSeconds() {
			return networkSeconds;
		}

		double serviceSeconds() {
			return serviceSeconds;
		}

		boolean edge() {
			return edge;
		}

		boolean home() {
			return home;
		}

		int inSystem() {
			return inSystem;
		}

		int slots() {
			return slots;
		}

		double pricePerSecond() {
			return pricePerSecond;
		}

		/** Network + expected wait (work ahead shared by the slots) + own service. */
		double estimatedCompletion() {
			double ahead = Math.max(0, inSystem - slots + 1);
			return networkSeconds + ahead * serviceSeconds / slots + serviceSeconds;
		}

		double loadPerSlot() {
			return (double) inSystem / slots;
		}
	}

	static Placement of(PlacementKind kind) {
		return switch (kind) {
		case CLOUD_ONLY -> (c, d) -> best(c, candidate -> !candidate.edge(), Candidate::estimatedCompletion);
		case EDGE_ONLY -> (c, d) -> best(c, Candidate::edge, candidate -> (candidate.home() ? 0 : 1e9)
				+ candidate.networkSeconds());
		case EDGE_FIRST -> Placement::edgeFirst;
		case LEAST_LOADED -> (c, d) -> best(c, candidate -> true, Candidate::loadPerSlot);
		case LATENCY_AWARE -> (c, d) -> best(c, candidate -> true, Candidate::estimatedCompletion);
		case COST_AWARE -> Placement::cheapestInTime;
		};
	}

	/** The home edge node while it has a free slot or fewer waiting than slots; else the fastest cloud. */
	private static int edgeFirst(Candidate[] candidates, double deadline) {
		int edge = best(candidates, Candidate::edge, c -> (c.home() ? 0 : 1e9) + c.networkSeconds());
		Candidate chosen = candidates[edge];
		boolean spill = chosen.edge() && chosen.inSystem() >= 2 * chosen.slots();
		if (!spill) {
			return edge;
		}
		int cloud = best(candidates, c -> !c.edge(), Candidate::estimatedCompletion);
		return candidates[cloud].edge() ? edge : cloud;
	}

	/** The cheapest node expected to meet the deadline; without one, the fastest. */
	private static int cheapestInTime(Candidate[] candidates, double deadline) {
		int cheapest = best(candidates, c -> c.estimatedCompletion() <= deadline,
				c -> c.pricePerSecond() * c.serviceSeconds());
		return candidates[cheapest].estimatedCompletion() <= deadline ? cheapest
				: best(candidates, c -> true, Candidate::estimatedCompletion);
	}

	/** The candidate with the smallest score among those accepted; among all if none is accepted. */
	private static int best(Candidate[] candidates, java.util.function.Predicate<Candidate> accepted,
			java.util.function.ToDoubleFunction<Candidate> score) {
		int best = -1;
		double bestScore = Double.POSITIVE_INFINITY;
		for (int pass = 0; pass < 2 && best < 0; pass++) {
			for (int i = 0; i < candidates.length; i++) {
				if (pass == 0 && !accepted.test(candidates[i])) {
					continue;
				}
				double s = score.applyAsDouble(candidates[i]);
				if (best < 0 || s < bestScore) {
					best = i;
					bestScore = s;
				}
			}
		}
		return best;
	}
}
