package org.aiaas.sim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aiaas.model.AcceleratorAllocation;
import org.aiaas.model.Node;
import org.aiaas.model.Scenario;
import org.aiaas.model.TrainingJob;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.sim.compute.Efficiency;
import org.aiaas.sim.compute.NumberFormat;
import org.aiaas.sim.compute.TrainingJobs;

/**
 * Compiles the cluster training jobs of a scenario: a {@code training} block with a {@code corpus}
 * and no {@code dataset} (a block with a dataset is trained for real by {@code aiaas train}).
 * <p>
 * The model, kept explicit: compute = 6 × params × tokens; data-parallel over every accelerator
 * of the named nodes; a global batch of {@value #TOKENS_PER_STEP} tokens per step (2²² ≈ 4 M, the
 * global batch of Llama 2, Touvron et al. 2023); each step = the local share of the batch at the
 * slowest accelerator's peak for the model's precision × compute efficiency, plus a ring all-reduce
 * of the gradients (params × bytes of the precision) over the slowest connection of the ring:
 * The job holds every slot of its nodes while it runs (it uses all their accelerators).
 * Within one node the all-reduce runs at {@value #INTRA_NODE_BYTES_PER_S} B/s (NVLink 3 on A100: 600 GB/s both ways,
 * 300 GB/s one way) and no latency; between nodes the links on the shortest path.
 */
final class TrainingCompiler {

	static final double TOKENS_PER_STEP = 4_194_304;
	static final double INTRA_NODE_BYTES_PER_S = 300e9;

	private TrainingCompiler() {
	}

	/** Whether {@code job} is a cluster job for the simulator (corpus, no dataset). */
	static boolean isClusterJob(TrainingJob job) {
		return job.getTokens() != null && job.getDataset() == null;
	}

	static List<TrainingJobPlan> compile(Scenario scenario, Map<Node, Integer> nodeIndex, NetworkPlan network) {
		List<TrainingJobPlan> jobs = new ArrayList<>();
		for (TrainingJob job : scenario.getTrainingJobs()) {
			if (isClusterJob(job)) {
				jobs.add(job(job, nodeIndex, network));
			}
		}
		return List.copyOf(jobs);
	}

	private static TrainingJobPlan job(TrainingJob job, Map<Node, Integer> nodeIndex, NetworkPlan network) {
		String what = "training job " + job.getName();
		if (job.getModel() == null || job.getModel().getParams() == null) {
			throw new ScenarioException(what + " needs a 'model' with 'params' to size its compute (6 × params × tokens)");
		}
		if (job.getNodes().isEmpty()) {
			throw new ScenarioException(what + " has a 'corpus' but no 'on NODE, …': name the nodes it trains on");
		}
		NumberFormat format = job.getModel().isSetPrecision() ? NumberFormat.of(job.getModel().getPrecision().getLiteral())
				: NumberFormat.FP16;
		int count = job.getNodes().size();
		int[] nodes = new int[count];
		int[] slots = new int[count];
		int accelerators = 0;
		double peak = Double.POSITIVE_INFINITY;
		double efficiency = 1;
		for (int i = 0; i < count; i++) {
			Node node = job.getNodes().get(i);
			Integer index = nodeIndex.get(node);
			if (index == null) {
				throw new ScenarioException(what + " trains on node " + node.getName()
						+ ", which is declared in an imported file; declare the node in the scenario");
			}
			int onNode = node.getAccelerators().stream().mapToInt(AcceleratorAllocation::getCount).sum();
			if (onNode == 0 || ComputeModels.accelerator(node) == null) {
				throw new ScenarioException(what + " trains on node " + node.getName() + ", which has no 'gpus'");
			}
			for (AcceleratorAllocation allocation : node.getAccelerators()) {
				peak = Math.min(peak, ComputeModels.peak(allocation.getType(), format));
			}
			efficiency = Math.min(efficiency, ComputeModels.efficiency(node).compute());
			nodes[i] = index;
			slots[i] = org.aiaas.model.analysis.Capacity.slots(node); // it uses every accelerator: all slots
			accelerators += onNode;
		}
		double bandwidth = INTRA_NODE_BYTES_PER_S;
		double latency = 0;
		for (int i = 0; count > 1 && i < count; i++) {
			int a = nodes[i];
			int b = nodes[(i + 1) % count];
			if (a == b) {
				continue;
			}
			if (network.paths()[a][b].length == 0) {
				throw new ScenarioException(what + ": no link connects " + job.getNodes().get(i).getName() + " and "
						+ job.getNodes().get((i + 1) % count).getName() + " for its all-reduce; add a 'link'");
			}
			bandwidth = Math.min(bandwidth, 1 / network.secondsPerByte()[a][b]);
			latency = Math.max(latency, network.latency()[a][b]);
		}
		double params = QuantityKind.toBase(job.getModel().getParams());
		double tokens = QuantityKind.toBase(job.getTokens());
		long steps = (long) Math.ceil(tokens / TOKENS_PER_STEP);
		double step = TrainingJobs.dataParallelStepSeconds(params, TOKENS_PER_STEP, accelerators, format.bytes(), peak,
				new Efficiency(efficiency, Efficiency.DEFAULT.memory()), bandwidth, latency);
		return new TrainingJobPlan(job.getName(), nodes, slots, accelerators, TrainingJobs.flops(params, tokens), steps,
				step, steps * step);
	}
}
