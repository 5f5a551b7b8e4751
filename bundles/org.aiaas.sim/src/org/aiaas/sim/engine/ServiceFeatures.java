package org.aiaas.sim.engine;

import java.util.ArrayList;
import java.util.List;

import org.aiaas.model.Accelerator;
import org.aiaas.model.AiModel;
import org.aiaas.model.Node;
import org.aiaas.model.Quantity;
import org.aiaas.model.Workload;
import org.aiaas.model.units.QuantityKind;

/**
 * What a scheduler can observe about a request when it reaches a node, as a row of numbers for a
 * learned service-time predictor: which workload (one-hot) and which node (one-hot); the model's
 * parameters and FLOPs per request, the request's input size; its prompt and output tokens (LLM
 * workloads; 0 otherwise), raw and as log(1 + n); the node's accelerator peak (fp16) and memory
 * bandwidth. Sizes and rates enter as log10(1 + x), so that a 7 B and a 70 B model are one unit
 * apart rather than eight orders of magnitude.
 */
public final class ServiceFeatures {

	private final List<String> workloadNames;
	private final List<String> nodeNames;
	private final double[][] workloadValues;
	private final double[][] nodeValues;
	private final List<String> names;

	ServiceFeatures(List<String> workloadNames, List<String> nodeNames, double[][] workloadValues,
			double[][] nodeValues) {
		this.workloadNames = List.copyOf(workloadNames);
		this.nodeNames = List.copyOf(nodeNames);
		this.workloadValues = workloadValues;
		this.nodeValues = nodeValues;
		List<String> all = new ArrayList<>();
		workloadNames.forEach(w -> all.add("workload " + w));
		nodeNames.forEach(n -> all.add("node " + n));
		all.addAll(List.of("log10 model params", "log10 model flops", "log10 input bytes", "prompt tokens",
				"output tokens", "ln prompt tokens", "ln output tokens", "log10 accelerator flop/s",
				"log10 accelerator bytes/s"));
		this.names = List.copyOf(all);
	}

	static ServiceFeatures of(List<Workload> workloads, List<Node> nodes) {
		double[][] perWorkload = new double[workloads.size()][];
		for (int w = 0; w < workloads.size(); w++) {
			AiModel model = workloads.get(w).getModel();
			perWorkload[w] = new double[] { log(model == null ? null : model.getParams()),
					log(model == null ? null : model.getFlops()), log(model == null ? null : model.getInput()) };
		}
		double[][] perNode = new double[nodes.size()][];
		for (int n = 0; n < nodes.size(); n++) {
			Accelerator accelerator = ComputeModels.accelerator(nodes.get(n));
			perNode[n] = accelerator == null ? new double[2]
					: new double[] { Math.log10(1 + peakOrZero(accelerator)), log(accelerator.getBandwidth()) };
		}
		return new ServiceFeatures(workloads.stream().map(Workload::getName).toList(),
				nodes.stream().map(Node::getName).toList(), perWorkload, perNode);
	}

	private static double peakOrZero(Accelerator accelerator) {
		try {
			return ComputeModels.peak(accelerator, org.aiaas.sim.compute.NumberFormat.FP16);
		} catch (ScenarioException e) {
			return 0;
		}
	}

	private static double log(Quantity quantity) {
		return quantity == null ? 0 : Math.log10(1 + Math.max(0, QuantityKind.toBase(quantity)));
	}

	/** The feature names, in the order of {@link #fill}. */
	public List<String> names() {
		return names;
	}

	public int count() {
		return names.size();
	}

	/** Writes the features of one request into {@code row} (length {@link #count()}). */
	void fill(double[] row, int workload, int node, double promptTokens, double outputTokens) {
		java.util.Arrays.fill(row, 0);
		row[workload] = 1;
		int at = workloadNames.size();
		row[at + node] = 1;
		at += nodeNames.size();
		double[] w = workloadValues[workload];
		row[at++] = w[0];
		row[at++] = w[1];
		row[at++] = w[2];
		row[at++] = promptTokens;
		row[at++] = outputTokens;
		row[at++] = Math.log1p(promptTokens);
		row[at++] = Math.log1p(outputTokens);
		double[] n = nodeValues[node];
		row[at++] = n[0];
		row[at] = n[1];
	}

	String workloadName(int workload) {
		return workloadNames.get(workload);
	}

	String nodeName(int node) {
		return nodeNames.get(node);
	}
}
