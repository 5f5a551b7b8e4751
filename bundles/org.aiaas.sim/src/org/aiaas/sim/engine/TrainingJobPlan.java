package org.aiaas.sim.engine;

/**
 * A training job compiled for the engine: it needs {@code slots[i]} slots of node
 * {@code nodes[i]} at once (one per accelerator) and, once it holds them all, runs for
 * {@code runSeconds}.
 *
 * @param accelerators data-parallel width (sum over its nodes)
 * @param flops        6 × params × tokens
 * @param steps        optimizer steps
 * @param stepSeconds  local compute + ring all-reduce per step
 * @param runSeconds   steps × stepSeconds
 */
record TrainingJobPlan(String name, int[] nodes, int[] slots, int accelerators, double flops, long steps,
		double stepSeconds, double runSeconds) {
}
