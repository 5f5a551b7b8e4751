package org.aiaas.sim.engine;

import java.util.List;

/**
 * The training jobs during one replication. A job is gang-scheduled: from time 0 it takes its
 * slots on each of its nodes as they become free — free ones at once, then every slot inference
 * releases, before any waiting request (training has priority over queued inference, but never
 * preempts a request in service). Once it holds them all it runs for its compiled run time, then
 * gives the slots back. Held slots count as busy (utilisation, energy) and are not offered to
 * inference; jobs on the same node take slots in declaration order.
 */
final class ClusterTraining {

	private final List<TrainingJobPlan> jobs;
	/** Per job and node (in the job's order), slots held so far. */
	private final int[][] held;
	/** Per job and node, which slots it holds. */
	private final int[][][] slots;
	/** Per job, when it held everything (NaN until then). */
	final double[] started;
	/** Per job, when it finished (NaN until then). */
	final double[] finished;

	ClusterTraining(List<TrainingJobPlan> jobs) {
		this.jobs = jobs;
		this.held = new int[jobs.size()][];
		this.slots = new int[jobs.size()][][];
		this.started = new double[jobs.size()];
		this.finished = new double[jobs.size()];
		for (int j = 0; j < jobs.size(); j++) {
			TrainingJobPlan job = jobs.get(j);
			held[j] = new int[job.nodes().length];
			slots[j] = new int[job.nodes().length][];
			for (int k = 0; k < job.nodes().length; k++) {
				slots[j][k] = new int[job.slots()[k]];
			}
			started[j] = Double.NaN;
			finished[j] = Double.NaN;
		}
	}

	boolean isEmpty() {
		return jobs.isEmpty();
	}

	/** The first job that still waits for a slot of {@code node}, or −1. */
	int waitingFor(int node) {
		for (int j = 0; j < jobs.size(); j++) {
			if (!Double.isNaN(started[j])) {
				continue;
			}
			int[] nodes = jobs.get(j).nodes();
			for (int k = 0; k < nodes.length; k++) {
				if (nodes[k] == node && held[j][k] < jobs.get(j).slots()[k]) {
					return j;
				}
			}
		}
		return -1;
	}

	/**
	 * Gives job {@code j} a slot of {@code node}, which the caller has taken.
	 *
	 * @return true when the job now holds everything it needs (it starts at {@code now})
	 */
	boolean give(int j, int node, int slot, double now) {
		TrainingJobPlan job = jobs.get(j);
		for (int k = 0; k < job.nodes().length; k++) {
			if (job.nodes()[k] == node && held[j][k] < job.slots()[k]) {
				slots[j][k][held[j][k]++] = slot;
				break;
			}
		}
		for (int k = 0; k < job.nodes().length; k++) {
			if (held[j][k] < job.slots()[k]) {
				return false;
			}
		}
		started[j] = now;
		return true;
	}

	TrainingJobPlan job(int j) {
		return jobs.get(j);
	}

	/** The slots job {@code j} holds on the k-th of its nodes. */
	int[] heldSlots(int j, int k) {
		return java.util.Arrays.copyOf(slots[j][k], held[j][k]);
	}
}
