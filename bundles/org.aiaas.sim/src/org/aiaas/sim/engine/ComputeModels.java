package org.aiaas.sim.engine;

import java.util.List;

import org.aiaas.model.Accelerator;
import org.aiaas.model.AiModel;
import org.aiaas.model.Node;
import org.aiaas.model.Quantity;
import org.aiaas.model.Workload;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.sim.compute.Efficiency;
import org.aiaas.sim.compute.NumberFormat;

/**
 * Service times derived from the model and the hardware, one slot per accelerator:
 * roofline max(FLOPs / (peak · efficiency), bytes / (bandwidth · efficiency)) for ordinary models;
 * LLMs are served with continuous batching ({@link LlmServiceModel}, {@link LlmServingNode}).
 * Peak compute is the accelerator's figure for the model's precision (fp16 by default), falling
 * back to the nearest precision it declares.
 */
final class ComputeModels {

	private ComputeModels() {
	}

	static ServiceModel of(Workload workload, List<Node> nodes) {
		AiModel model = workload.getModel();
		NumberFormat format = model.isSetPrecision() ? NumberFormat.of(model.getPrecision().getLiteral())
				: NumberFormat.FP16;
		if (model.isLlm()) {
			return new LlmServiceModel(workload, nodes);
		}
		return new RooflineServiceModel(model, format, nodes);
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
}
