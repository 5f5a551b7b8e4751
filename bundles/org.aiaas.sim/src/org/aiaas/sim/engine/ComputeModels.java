package org.aiaas.sim.engine;

import java.util.List;
import java.util.SplittableRandom;

import org.aiaas.model.Accelerator;
import org.aiaas.model.AiModel;
import org.aiaas.model.Node;
import org.aiaas.model.Quantity;
import org.aiaas.model.Workload;
import org.aiaas.model.analysis.Moments;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.sim.compute.Efficiency;
import org.aiaas.sim.compute.KvCache;
import org.aiaas.sim.compute.LlmTiming;
import org.aiaas.sim.compute.NumberFormat;
import org.aiaas.sim.compute.Roofline;

/**
 * Service times derived from the model and the hardware, one slot per accelerator:
 * roofline max(FLOPs / (peak · efficiency), bytes / (bandwidth · efficiency)) for ordinary models,
 * prefill + decode for LLMs served one request per accelerator (continuous batching is not
 * modelled yet). Peak compute is the accelerator's figure for the model's precision (fp16 by
 * default), falling back to the nearest precision it declares.
 */
final class ComputeModels {

	private ComputeModels() {
	}

	static ServiceModel of(Workload workload, List<Node> nodes) {
		AiModel model = workload.getModel();
		NumberFormat format = model.isSetPrecision() ? NumberFormat.of(model.getPrecision().getLiteral())
				: NumberFormat.FP16;
		if (model.isLlm()) {
			return llm(workload, model, format, nodes);
		}
		double[] seconds = new double[nodes.size()];
		double flops = QuantityKind.toBase(model.getFlops());
		double weights = model.getParams() == null ? 0 : QuantityKind.toBase(model.getParams()) * format.bytes();
		double io = base(model.getInput()) + base(model.getOutput());
		for (int i = 0; i < nodes.size(); i++) {
			Accelerator accelerator = accelerator(nodes.get(i));
			if (accelerator == null) {
				seconds[i] = Double.NaN;
				continue;
			}
			seconds[i] = weights > QuantityKind.toBase(accelerator.getMemory()) ? Double.NaN
					: Roofline.seconds(flops, weights + io, peak(accelerator, format), bandwidth(accelerator),
							efficiency(nodes.get(i)));
		}
		return ServiceModel.perNode(seconds);
	}

	private static ServiceModel llm(Workload workload, AiModel model, NumberFormat format, List<Node> nodes) {
		double params = QuantityKind.toBase(model.getParams());
		int kvHeads = model.isSetKvHeads() ? model.getKvHeads() : model.getHeads();
		double kvPerToken = KvCache.bytesPerToken(model.getLayers(), kvHeads, model.getHeadDim(), format.bytes());
		Sampler prompt = Samplers.of(workload.getPrompt());
		Sampler output = Samplers.of(workload.getOutputTokens());
		double meanPrompt = Moments.mean(workload.getPrompt()).orElse(0);
		double meanOutput = Moments.mean(workload.getOutputTokens()).orElse(0);
		return new ServiceModel() {
			@Override
			public double sample(int node, SplittableRandom random, ServiceRequest request) {
				int p = Math.max(1, (int) Math.round(prompt.next(random)));
				int o = Math.max(1, (int) Math.round(output.next(random)));
				request.tokens(p, o);
				return seconds(node, p, o);
			}

			@Override
			public double mean(int node) {
				double s = seconds(node, Math.max(1, (int) Math.round(meanPrompt)), Math.max(1, (int) Math.round(meanOutput)));
				return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s;
			}

			private double seconds(int node, int promptTokens, int outputTokens) {
				Accelerator accelerator = accelerator(nodes.get(node));
				if (accelerator == null) {
					return Double.NaN;
				}
				double memory = QuantityKind.toBase(accelerator.getMemory());
				double needed = params * format.bytes() + kvPerToken * (promptTokens + outputTokens);
				if (needed > memory) {
					return Double.NaN;
				}
				return LlmTiming.endToEndSeconds(params, promptTokens, outputTokens, kvPerToken, format.bytes(),
						peak(accelerator, format), bandwidth(accelerator), efficiency(nodes.get(node)));
			}
		};
	}

	/** The node's first accelerator type, or null for a node without accelerators. */
	static Accelerator accelerator(Node node) {
		return node.getAccelerators().isEmpty() ? null : node.getAccelerators().get(0).getType();
	}

	static double peak(Accelerator accelerator, NumberFormat format) {
		Quantity[] preference = switch (format) {
		case FP32 -> new Quantity[] { accelerator.getFp32(), accelerator.getFp16(), accelerator.getBf16() };
		case FP16, BF16 -> new Quantity[] { format == NumberFormat.BF16 ? accelerator.getBf16() : accelerator.getFp16(),
				accelerator.getFp16(), accelerator.getBf16(), accelerator.getFp32() };
		case FP8, INT8 -> new Quantity[] { format == NumberFormat.INT8 ? accelerator.getInt8() : accelerator.getFp8(),
				accelerator.getFp8(), accelerator.getInt8(), accelerator.getFp16(), accelerator.getFp32() };
		};
		for (Quantity quantity : preference) {
			if (quantity != null) {
				return QuantityKind.toBase(quantity);
			}
		}
		throw new ScenarioException("accelerator " + accelerator.getName() + " declares no peak compute rate");
	}

	static double bandwidth(Accelerator accelerator) {
		return QuantityKind.toBase(accelerator.getBandwidth());
	}

	static Efficiency efficiency(Node node) {
		if (node.getEfficiency() == null) {
			return Efficiency.DEFAULT;
		}
		double share = QuantityKind.toBase(node.getEfficiency());
		return new Efficiency(share, Efficiency.DEFAULT.memory());
	}

	private static double base(Quantity quantity) {
		return quantity == null ? 0 : QuantityKind.toBase(quantity);
	}
}
