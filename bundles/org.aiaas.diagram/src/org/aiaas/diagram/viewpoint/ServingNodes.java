package org.aiaas.diagram.viewpoint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aiaas.model.Accelerator;
import org.aiaas.model.AiModel;
import org.aiaas.model.Cell;
import org.aiaas.model.DeviceGroup;
import org.aiaas.model.Link;
import org.aiaas.model.Node;
import org.aiaas.model.NodeKind;
import org.aiaas.model.Scenario;
import org.aiaas.model.Workload;
import org.aiaas.model.analysis.Moments;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.sim.compute.KvCache;
import org.aiaas.sim.compute.NumberFormat;

/**
 * Which nodes may serve a workload, by the simulator's rule (PlanCompiler): a workload sent
 * {@code at} a node is served there; one sent {@code from} a device group may go to any edge or
 * cloud node reachable over links (both ways) from its cell's backhaul node whose first
 * accelerator holds the model — its weights, and for an LLM also the KV cache of a request of
 * mean prompt and output length. A workload with an explicit {@code service} time fits anywhere.
 */
public final class ServingNodes {

	private final Scenario scenario;
	private final Map<Node, List<Node>> neighbours = new HashMap<>();

	public ServingNodes(Scenario scenario) {
		this.scenario = scenario;
		for (Link link : scenario.getLinks()) {
			Node a = resolved(link.getSource());
			Node b = resolved(link.getTarget());
			if (a != null && b != null) {
				neighbours.computeIfAbsent(a, n -> new ArrayList<>()).add(b);
				neighbours.computeIfAbsent(b, n -> new ArrayList<>()).add(a);
			}
		}
	}

	/** The nodes that may serve {@code workload}, in scenario order; empty when none can. */
	public List<Node> of(Workload workload) {
		Node target = resolved(workload.getTarget());
		if (target != null) {
			return List.of(target);
		}
		DeviceGroup group = resolved(workload.getSource());
		Cell cell = group == null ? null : resolved(group.getCell());
		Node home = cell == null ? null : resolved(cell.getBackhaul());
		if (home == null) {
			return List.of();
		}
		Set<Node> reachable = reachableFrom(home);
		List<Node> serving = new ArrayList<>();
		for (Node node : scenario.getNodes()) {
			if (node.getKind() != NodeKind.DEVICE && reachable.contains(node) && fits(workload, node)) {
				serving.add(node);
			}
		}
		return serving;
	}

	private Set<Node> reachableFrom(Node home) {
		Set<Node> seen = new HashSet<>(List.of(home));
		Deque<Node> toVisit = new ArrayDeque<>(List.of(home));
		while (!toVisit.isEmpty()) {
			for (Node next : neighbours.getOrDefault(toVisit.pop(), List.of())) {
				if (seen.add(next)) {
					toVisit.push(next);
				}
			}
		}
		return seen;
	}

	/** Whether the node's first accelerator holds the workload's model (see the class comment). */
	static boolean fits(Workload workload, Node node) {
		if (workload.getService() != null) {
			return true;
		}
		AiModel model = resolved(workload.getModel());
		Accelerator accelerator = node.getAccelerators().isEmpty() ? null
				: resolved(node.getAccelerators().get(0).getType());
		if (model == null || accelerator == null) {
			return false;
		}
		if (accelerator.getMemory() == null || model.getParams() == null) {
			return true; // nothing to compare: the simulator decides on compute alone
		}
		NumberFormat format = model.isSetPrecision() ? NumberFormat.of(model.getPrecision().getLiteral())
				: NumberFormat.FP16;
		double needed = QuantityKind.toBase(model.getParams()) * format.bytes();
		if (model.isLlm() && model.isSetLayers() && model.isSetHeadDim() && (model.isSetKvHeads() || model.isSetHeads())) {
			int kvHeads = model.isSetKvHeads() ? model.getKvHeads() : model.getHeads();
			double perToken = KvCache.bytesPerToken(model.getLayers(), kvHeads, model.getHeadDim(), format.bytes());
			long prompt = Math.max(1, Math.round(Moments.mean(workload.getPrompt()).orElse(0)));
			long output = Math.max(1, Math.round(Moments.mean(workload.getOutputTokens()).orElse(0)));
			needed += perToken * (prompt + output);
		}
		return needed <= QuantityKind.toBase(accelerator.getMemory());
	}

	/** The element, or null when it is missing or an unresolved reference. */
	static <T extends org.eclipse.emf.ecore.EObject> T resolved(T element) {
		return element == null || element.eIsProxy() ? null : element;
	}
}
