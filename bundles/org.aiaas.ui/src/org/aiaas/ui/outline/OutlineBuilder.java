package org.aiaas.ui.outline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aiaas.model.Accelerator;
import org.aiaas.model.AiModel;
import org.aiaas.model.Cell;
import org.aiaas.model.Comparison;
import org.aiaas.model.DeviceGroup;
import org.aiaas.model.Link;
import org.aiaas.model.Node;
import org.aiaas.model.Scenario;
import org.aiaas.model.Sweep;
import org.aiaas.model.TrainingJob;
import org.aiaas.model.Workload;
import org.aiaas.ui.internal.Language;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

/**
 * Builds the outline of a parsed scenario: the scenario, then its declarations in the order they
 * are written (accelerators, nodes, cells with the device groups in them, links, models, workloads,
 * training jobs, comparisons, sweeps). A label is the declaration's head as written
 * ("node edge1 edge", "link edge1 -> cloud1", "workload chat from phones"), so it reads like the text.
 */
public final class OutlineBuilder {

	private static final int LONGEST_LABEL = 60;

	private final Language language;

	public OutlineBuilder(Language language) {
		this.language = language;
	}

	/** The outline's root (the scenario), or empty if the text has no scenario yet. */
	public Optional<OutlineItem> build(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Scenario scenario)) {
			return Optional.empty();
		}
		Map<Cell, List<OutlineItem>> devicesByCell = new LinkedHashMap<>();
		scenario.getCells().forEach(cell -> devicesByCell.put(cell, new ArrayList<>()));
		List<EObject> topLevel = new ArrayList<>();
		topLevel.addAll(scenario.getAccelerators());
		topLevel.addAll(scenario.getNodes());
		topLevel.addAll(scenario.getCells());
		for (DeviceGroup group : scenario.getDeviceGroups()) {
			Cell cell = group.getCell();
			if (cell != null && devicesByCell.containsKey(cell)) {
				devicesByCell.get(cell).add(leaf(group));
			} else {
				topLevel.add(group);
			}
		}
		topLevel.addAll(scenario.getLinks());
		topLevel.addAll(scenario.getModels());
		topLevel.addAll(scenario.getWorkloads());
		topLevel.addAll(scenario.getTrainingJobs());
		topLevel.addAll(scenario.getComparisons());
		topLevel.addAll(scenario.getSweeps());
		topLevel.sort(Comparator.comparingInt(OutlineBuilder::offsetOf));
		List<OutlineItem> children = new ArrayList<>();
		for (EObject element : topLevel) {
			List<OutlineItem> nested = element instanceof Cell cell ? devicesByCell.get(cell) : List.of();
			children.add(item(element, nested));
		}
		return Optional.of(item(scenario, children));
	}

	private OutlineItem leaf(EObject element) {
		return item(element, List.of());
	}

	private OutlineItem item(EObject element, List<OutlineItem> children) {
		ITextRegion region = language.significantRegion(element);
		ICompositeNode node = NodeModelUtils.getNode(element);
		int extentOffset = node == null ? region.getOffset() : node.getOffset();
		int extentLength = node == null ? region.getLength() : node.getLength();
		return new OutlineItem(label(element), kind(element), region.getOffset(), region.getLength(), extentOffset,
				extentLength, children);
	}

	/** The kind of declaration, for icons and tests. */
	static String kind(EObject element) {
		if (element instanceof Scenario) {
			return "scenario";
		} else if (element instanceof Accelerator) {
			return "accelerator";
		} else if (element instanceof Node) {
			return "node";
		} else if (element instanceof Cell) {
			return "cell";
		} else if (element instanceof DeviceGroup) {
			return "devices";
		} else if (element instanceof Link) {
			return "link";
		} else if (element instanceof AiModel) {
			return "model";
		} else if (element instanceof Workload) {
			return "workload";
		} else if (element instanceof TrainingJob) {
			return "training";
		} else if (element instanceof Comparison) {
			return "compare";
		} else if (element instanceof Sweep) {
			return "sweep";
		}
		return element.eClass().getName();
	}

	/** The declaration's head as written: its text up to the first brace, on one line. */
	static String label(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return kind(element);
		}
		String text = NodeModelUtils.getTokenText(node);
		if (element instanceof Scenario) {
			int keyword = Math.max(text.indexOf("scenario "), text.indexOf("library "));
			text = keyword < 0 ? text : text.substring(keyword);
		}
		int brace = text.indexOf('{');
		String head = (brace < 0 ? text : text.substring(0, brace)).strip();
		return head.length() <= LONGEST_LABEL ? head : head.substring(0, LONGEST_LABEL - 1) + "…";
	}

	private static int offsetOf(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? Integer.MAX_VALUE : node.getOffset();
	}
}
