package org.aiaas.sim.engine;

import java.util.List;
import java.util.SplittableRandom;

import org.aiaas.model.Accelerator;
import org.aiaas.model.AiModel;
import org.aiaas.model.Node;
import org.aiaas.model.Quantity;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.sim.compute.Efficiency;
import org.aiaas.sim.compute.NumberFormat;
import org.aiaas.sim.compute.Roofline;

/**
 * A non-LLM model's service time per node by the roofline: max(FLOPs / (peak · efficiency),
 * (weights + input + output) / (bandwidth · efficiency)) for one request, NaN where the node has no
 * accelerator or the weights do not fit. A batch of n reads the weights once
 * ({@link Roofline#batchSeconds}), which is what dynamic batching amortises.
 */
final class RooflineServiceModel implements ServiceModel {

	final String modelName;
	private final double flops;
	private final double weightBytes;
	private final double ioBytes;
	private final double[] peak;
	private final double[] bandwidth;
	private final Efficiency[] efficiency;
	/** One request alone per node; NaN where it cannot run. */
	private final double[] seconds;

	RooflineServiceModel(AiModel model, NumberFormat format, List<Node> nodes) {
		this.modelName = model.getName();
		this.flops = QuantityKind.toBase(model.getFlops());
		this.weightBytes = model.getParams() == null ? 0 : QuantityKind.toBase(model.getParams()) * format.bytes();
		this.ioBytes = base(model.getInput()) + base(model.getOutput());
		int n = nodes.size();
		this.peak = new double[n];
		this.bandwidth = new double[n];
		this.efficiency = new Efficiency[n];
		this.seconds = new double[n];
		for (int i = 0; i < n; i++) {
			Accelerator accelerator = ComputeModels.accelerator(nodes.get(i));
			if (accelerator == null || weightBytes > QuantityKind.toBase(accelerator.getMemory())) {
				seconds[i] = Double.NaN;
				continue;
			}
			peak[i] = ComputeModels.peak(accelerator, format);
			bandwidth[i] = ComputeModels.bandwidth(accelerator);
			efficiency[i] = ComputeModels.efficiency(nodes.get(i));
			seconds[i] = batchSeconds(i, 1);
		}
	}

	@Override
	public double sample(int node, SplittableRandom random, ServiceRequest request) {
		return seconds[node];
	}

	@Override
	public double mean(int node) {
		return Double.isNaN(seconds[node]) ? Double.POSITIVE_INFINITY : seconds[node];
	}

	/** A batch of {@code batch} requests as one pass on {@code node}: weights read once, FLOPs and I/O per request. */
	double batchSeconds(int node, int batch) {
		return Roofline.batchSeconds(batch, flops, weightBytes, ioBytes, peak[node], bandwidth[node], efficiency[node]);
	}

	private static double base(Quantity quantity) {
		return quantity == null ? 0 : QuantityKind.toBase(quantity);
	}
}
