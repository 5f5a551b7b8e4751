package org.aiaas.diagram.viewpoint;

import static org.aiaas.diagram.viewpoint.ServingNodes.resolved;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.aiaas.diagram.EdgeStyle;
import org.aiaas.diagram.NodeStyle;
import org.aiaas.diagram.NodeStyle.Shape;
import org.aiaas.diagram.Rgb;
import org.aiaas.model.AcceleratorAllocation;
import org.aiaas.model.AiModel;
import org.aiaas.model.Cell;
import org.aiaas.model.DeviceGroup;
import org.aiaas.model.Link;
import org.aiaas.model.Node;
import org.aiaas.model.NodeKind;
import org.aiaas.model.Scenario;
import org.aiaas.model.TrainingJob;
import org.aiaas.model.Workload;
import org.eclipse.emf.ecore.EObject;

/**
 * The topology and deployment viewpoint: cells as containers holding their device groups; edge,
 * cloud and device nodes as containers holding their accelerators and the models they serve;
 * cell → backhaul node and node → node link edges; workloads as flows from their device group
 * (or, for {@code at} workloads, from an arrivals bubble) to the model on every node that may
 * serve them ({@link ServingNodes}), or to the node itself for workloads given a service time
 * instead of a model.
 */
public final class TopologyViewpoint {

	public static final String CELL = "cell";
	public static final String DEVICES = "devices";
	public static final String NODE = "node";
	public static final String ACCELERATOR = "accelerator";
	public static final String MODEL = "model";
	public static final String ARRIVALS = "arrivals";
	public static final String BACKHAUL = "backhaul";
	public static final String LINK = "link";
	public static final String FLOW = "flow";

	static final Rgb RADIO = Rgb.hex("#6a4c93");
	static final Rgb EDGE = Rgb.hex("#2e7d32");
	static final Rgb CLOUD = Rgb.hex("#1565c0");
	static final Rgb DEVICE = Rgb.hex("#616161");
	static final Rgb WORK = Rgb.hex("#e65100");
	static final Rgb WIRE = Rgb.hex("#37474f");

	private TopologyViewpoint() {
	}

	/** The viewpoint for one scenario (flows need the scenario's links to know who can serve). */
	public static Viewpoint of(Scenario scenario) {
		ServingNodes serving = new ServingNodes(scenario);
		List<NodeMapping<?>> nodes = List.of(
				new NodeMapping<Cell>(CELL, true, Scenario::getCells, c -> List.of(), Cell::getName,
						c -> List.of(Labels.join(c.getBand(), Labels.quantity(c.getBandwidth()))),
						c -> new NodeStyle(Shape.ROUNDED, Rgb.hex("#f3effa"), RADIO, false)),
				new NodeMapping<DeviceGroup>(DEVICES, false, Scenario::getDeviceGroups, g -> single(g.getCell()),
						DeviceGroup::getName, g -> List.of(Labels.quantity(g.getCount()) + " devices"),
						g -> new NodeStyle(Shape.RECTANGLE, Rgb.WHITE, RADIO, false)),
				new NodeMapping<Node>(NODE, true, Scenario::getNodes, n -> List.of(), Node::getName,
						n -> List.of(Labels.join(n.getKind().getLiteral(), Labels.quantity(n.getPrice()))),
						TopologyViewpoint::nodeStyle),
				new NodeMapping<AcceleratorAllocation>(ACCELERATOR, false, TopologyViewpoint::allocations,
						a -> List.of(a.eContainer()), TopologyViewpoint::allocationLabel, a -> List.of(),
						a -> new NodeStyle(Shape.RECTANGLE, Rgb.hex("#fafafa"), Rgb.hex("#757575"), false)),
				new NodeMapping<AiModel>(MODEL, false, Scenario::getModels, m -> hosts(scenario, serving, m),
						AiModel::getName, m -> List.of(), m -> new NodeStyle(Shape.ROUNDED, Rgb.hex("#fff3e0"), WORK, false)),
				new NodeMapping<Workload>(ARRIVALS, false, TopologyViewpoint::atWorkloads, w -> List.of(),
						Workload::getName, w -> List.of(Labels.rate(w.getArrivals())),
						w -> new NodeStyle(Shape.ELLIPSE, Rgb.WHITE, WORK, true)));
		List<EdgeMapping<?>> edges = List.of(
				new EdgeMapping<Cell>(BACKHAUL, Scenario::getCells,
						c -> List.of(EdgeMapping.Ends.between(c, c.getBackhaul())),
						c -> Labels.quantity(c.getBackhaulLatency()), new EdgeStyle(RADIO, 2, false, false)),
				new EdgeMapping<Link>(LINK, Scenario::getLinks,
						l -> List.of(EdgeMapping.Ends.between(l.getSource(), l.getTarget())),
						l -> Labels.join(Labels.quantity(l.getBandwidth()), Labels.quantity(l.getLatency())),
						new EdgeStyle(WIRE, 2.5, false, false)),
				new EdgeMapping<Workload>(FLOW, Scenario::getWorkloads, w -> flows(serving, w),
						w -> Labels.join(w.getName(), Labels.rate(w.getArrivals())), new EdgeStyle(WORK, 1.2, true, true)));
		return new Viewpoint("topology", nodes, edges);
	}

	private static NodeStyle nodeStyle(Node node) {
		NodeKind kind = node.getKind();
		if (kind == NodeKind.CLOUD) {
			return new NodeStyle(Shape.ROUNDED, Rgb.hex("#e3f2fd"), CLOUD, false);
		}
		if (kind == NodeKind.EDGE) {
			return new NodeStyle(Shape.ROUNDED, Rgb.hex("#e8f5e9"), EDGE, false);
		}
		return new NodeStyle(Shape.ROUNDED, Rgb.hex("#f5f5f5"), DEVICE, false);
	}

	private static List<AcceleratorAllocation> allocations(Scenario scenario) {
		List<AcceleratorAllocation> all = new ArrayList<>();
		scenario.getNodes().forEach(n -> all.addAll(n.getAccelerators()));
		return all;
	}

	private static String allocationLabel(AcceleratorAllocation allocation) {
		return allocation.getCount() + " × "
				+ (resolved(allocation.getType()) == null ? "?" : allocation.getType().getName());
	}

	private static List<Workload> atWorkloads(Scenario scenario) {
		return scenario.getWorkloads().stream().filter(w -> resolved(w.getTarget()) != null).toList();
	}

	/** The nodes a model is drawn in: those serving a workload of it, and those training it. */
	private static List<Node> hosts(Scenario scenario, ServingNodes serving, AiModel model) {
		Set<Node> hosts = new LinkedHashSet<>();
		for (Workload workload : scenario.getWorkloads()) {
			if (workload.getModel() == model) {
				hosts.addAll(serving.of(workload));
			}
		}
		for (TrainingJob job : scenario.getTrainingJobs()) {
			if (job.getModel() == model) {
				job.getNodes().stream().filter(n -> !n.eIsProxy()).forEach(hosts::add);
			}
		}
		return List.copyOf(hosts);
	}

	private static List<EdgeMapping.Ends> flows(ServingNodes serving, Workload workload) {
		EObject from = resolved(workload.getTarget()) != null ? workload : workload.getSource();
		List<EdgeMapping.Ends> ends = new ArrayList<>();
		for (Node node : serving.of(workload)) {
			// Without a model (a 'service' time instead) the flow ends at the node itself.
			ends.add(resolved(workload.getModel()) == null ? EdgeMapping.Ends.between(from, node)
					: new EdgeMapping.Ends(from, null, workload.getModel(), node));
		}
		return ends;
	}

	private static List<EObject> single(EObject element) {
		return resolved(element) == null ? List.of() : List.of(element);
	}
}
