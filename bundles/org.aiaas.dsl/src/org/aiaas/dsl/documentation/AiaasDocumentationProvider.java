package org.aiaas.dsl.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.aiaas.dsl.scoping.StandardLibrary;
import org.aiaas.model.Accelerator;
import org.aiaas.model.AcceleratorAllocation;
import org.aiaas.model.Cell;
import org.aiaas.model.Node;
import org.aiaas.model.Quantity;
import org.aiaas.model.Workload;
import org.aiaas.model.analysis.Capacity;
import org.aiaas.model.analysis.Moments;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.model.units.Units;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;

/**
 * What hovering shows: a quantity in its base unit, the key figures of an accelerator, node, cell
 * or workload — figures computed from the model, so a planner sees what the tools will use.
 */
public class AiaasDocumentationProvider implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject object) {
		if (object instanceof Quantity quantity) {
			return quantity(quantity).orElse(null);
		}
		if (object instanceof Accelerator accelerator) {
			return accelerator(accelerator);
		}
		if (object instanceof Node node) {
			return node(node);
		}
		if (object instanceof Cell cell) {
			return cell(cell);
		}
		if (object instanceof Workload workload) {
			return workload(workload);
		}
		return null;
	}

	/** "10 Gbps = 1.25 GB/s — a data rate". */
	static Optional<String> quantity(Quantity quantity) {
		return QuantityKind.of(quantity).flatMap(kind -> {
			String symbol = quantity.getUnit() == null ? "" : quantity.getUnit();
			if (Units.find(symbol, kind.dimension()).isEmpty()) {
				return Optional.empty();
			}
			double base = Units.toBase(quantity.getValue(), symbol, kind.dimension());
			String written = (quantity.getValue() + " " + symbol).trim().replaceAll("\\.0 ", " ").replaceAll("\\.0$", "");
			return Optional.of(written + " = " + QuantityText.engineering(base, kind.dimension().baseSymbol()) + " — "
					+ kind.dimension().description());
		});
	}

	private static String accelerator(Accelerator accelerator) {
		List<String> parts = new ArrayList<>();
		add(parts, "fp16", accelerator.getFp16());
		add(parts, "bf16", accelerator.getBf16());
		add(parts, "fp32", accelerator.getFp32());
		add(parts, "memory", accelerator.getMemory());
		add(parts, "bandwidth", accelerator.getBandwidth());
		add(parts, "power", accelerator.getMaxPower());
		boolean standard = accelerator.eResource() != null && StandardLibrary.isStandardLibrary(accelerator.eResource().getURI());
		return accelerator.getKind().getLiteral() + " " + accelerator.getName() + ": " + String.join(", ", parts)
				+ (standard ? " (standard library)" : "");
	}

	private static String node(Node node) {
		List<String> parts = new ArrayList<>();
		for (AcceleratorAllocation allocation : node.getAccelerators()) {
			String type = allocation.getType() == null || allocation.getType().eIsProxy() ? "?"
					: allocation.getType().getName();
			parts.add(allocation.getCount() + " × " + type);
		}
		int capacity = Capacity.slots(node);
		parts.add("serves " + capacity + " request" + (capacity == 1 ? "" : "s") + " at once");
		parts.add(node.isSetQueue() ? "queue " + node.getQueue() : "unbounded queue");
		return node.getKind().getLiteral() + " node " + node.getName() + ": " + String.join(", ", parts);
	}

	/** Slot length 1 ms / 2^μ and subcarrier spacing 15 kHz × 2^μ (TS 38.211 §4.2–4.3). */
	private static String cell(Cell cell) {
		List<String> parts = new ArrayList<>();
		if (cell.getBand() != null) {
			parts.add("band " + cell.getBand());
		}
		if (cell.isSetNumerology() && cell.getNumerology() >= 0 && cell.getNumerology() <= 4) {
			int mu = cell.getNumerology();
			parts.add("μ = " + mu + ": subcarrier spacing " + (15 << mu) + " kHz, slot "
					+ QuantityText.engineering(1e-3 / (1 << mu), "s"));
		}
		if (cell.getBackhaul() != null && !cell.getBackhaul().eIsProxy()) {
			parts.add("backhaul " + cell.getBackhaul().getName());
		}
		return "cell " + cell.getName() + ": " + String.join(", ", parts);
	}

	/** Offered load λ·E[S] in erlangs when both are known. */
	private static String workload(Workload workload) {
		OptionalDouble rate = workload.getArrivals() == null ? OptionalDouble.empty()
				: Moments.meanRate(workload.getArrivals());
		OptionalDouble service = workload.getService() == null ? OptionalDouble.empty()
				: Moments.mean(workload.getService());
		StringBuilder text = new StringBuilder("workload ").append(workload.getName());
		rate.ifPresent(r -> text.append(": ").append(QuantityText.engineering(r, "/s")).append(" on average"));
		service.ifPresent(s -> text.append(", mean service ").append(QuantityText.engineering(s, "s")));
		if (rate.isPresent() && service.isPresent()) {
			text.append(", offered load ").append(QuantityText.plain(rate.getAsDouble() * service.getAsDouble()))
					.append(" erlangs");
		}
		return text.toString();
	}

	private static void add(List<String> parts, String label, Quantity quantity) {
		if (quantity != null) {
			String unit = quantity.getUnit() == null ? "" : " " + quantity.getUnit();
			String value = quantity.getValue() == Math.rint(quantity.getValue()) ? Long.toString((long) quantity.getValue())
					: Double.toString(quantity.getValue());
			parts.add(label + " " + value + unit);
		}
	}
}
