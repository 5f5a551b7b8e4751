package org.aiaas.diagram.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aiaas.diagram.Bounds;
import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramEdge;
import org.aiaas.diagram.DiagramNode;
import org.aiaas.diagram.TextMetrics;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a diagram out with ELK Layered (left to right, containers laid out together with their
 * contents so that flows may cross container borders), one connected part at a time, packs the
 * parts in rows, and writes absolute positions back into the diagram. Box sizes come from
 * {@link TextMetrics}, so no font system is needed.
 */
public final class DiagramLayout {

	/** Space around the drawing. */
	public static final double MARGIN = 20;
	/** Space between the diagram's unconnected parts. */
	private static final double SPACING = 40;
	/** Width / height the packing of parts aims at. */
	private static final double ASPECT_RATIO = 1.6;
	private static final double EDGE_LABEL_HEIGHT = 14;

	static {
		// Explicit, so that ELK works the same on a plain class path and in OSGi.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private DiagramLayout() {
	}

	/** Positions every node and routes every edge of {@code diagram}. */
	public static void apply(Diagram diagram) {
		List<Placed> parts = new ArrayList<>();
		double area = 0;
		double widest = 0;
		for (Components part : Components.of(diagram)) {
			Placed placed = layOut(part);
			parts.add(placed);
			area += (placed.width() + SPACING) * (placed.height() + SPACING);
			widest = Math.max(widest, placed.width());
		}
		pack(diagram, parts, Math.max(widest, Math.sqrt(area * ASPECT_RATIO)));
	}

	/** A laid-out part at the origin, with its size. */
	private record Placed(Components part, double width, double height) {
	}

	/**
	 * Puts the parts in rows no wider than {@code rowWidth}, tallest first, and sets the diagram's
	 * size: shelf packing, good enough for parts of similar height and fast for thousands.
	 */
	private static void pack(Diagram diagram, List<Placed> parts, double rowWidth) {
		List<Placed> order = new ArrayList<>(parts);
		order.sort((a, b) -> Double.compare(b.height(), a.height()));
		double x = MARGIN;
		double y = MARGIN;
		double rowHeight = 0;
		double width = 0;
		for (Placed placed : order) {
			if (x > MARGIN && x + placed.width() > MARGIN + rowWidth) {
				x = MARGIN;
				y += rowHeight + SPACING;
				rowHeight = 0;
			}
			translate(placed.part(), x, y);
			x += placed.width() + SPACING;
			rowHeight = Math.max(rowHeight, placed.height());
			width = Math.max(width, x - SPACING);
		}
		diagram.setSize(width + MARGIN, y + rowHeight + MARGIN);
	}

	private static Placed layOut(Components part) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
		// Flow labels become dummy nodes stacked between the layers: tight edge spacing keeps a
		// diagram with hundreds of flows compact (measured on the bench diagram: 94 -> 71 Mpx, faster).
		root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 2.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 4.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 6.0);
		root.setProperty(LayeredOptions.THOROUGHNESS, 2); // default 7: fewer crossing-minimisation sweeps
		root.setProperty(CoreOptions.PADDING, new ElkPadding(0));

		Map<DiagramNode, ElkNode> boxes = new HashMap<>();
		List<DiagramNode> nodes = new ArrayList<>();
		for (DiagramNode top : part.roots()) {
			addTree(top, root, boxes, nodes);
		}
		Map<DiagramEdge, ElkEdge> lines = new HashMap<>();
		for (DiagramEdge edge : part.edges()) {
			ElkEdge line = ElkGraphUtil.createSimpleEdge(boxes.get(edge.source()), boxes.get(edge.target()));
			ElkGraphUtil.updateContainment(line);
			if (!edge.shownLabel().isEmpty()) {
				ElkLabel label = ElkGraphUtil.createLabel(edge.shownLabel(), line);
				label.setDimensions(TextMetrics.width(edge.shownLabel(), TextMetrics.DETAIL_SIZE, false) + 4,
						EDGE_LABEL_HEIGHT);
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			}
			lines.put(edge, line);
		}

		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		for (DiagramNode node : nodes) {
			ElkNode box = boxes.get(node);
			KVector origin = absolute(box.getParent());
			node.setBounds(new Bounds(origin.x + box.getX(), origin.y + box.getY(), box.getWidth(), box.getHeight()));
		}
		for (DiagramEdge edge : part.edges()) {
			route(edge, lines.get(edge));
		}
		return new Placed(part, root.getWidth(), root.getHeight());
	}

	/** Adds {@code node} and everything inside it to the ELK graph, parents before children. */
	private static void addTree(DiagramNode node, ElkNode parent, Map<DiagramNode, ElkNode> boxes, List<DiagramNode> nodes) {
		ElkNode box = box(node, parent);
		boxes.put(node, box);
		nodes.add(node);
		for (DiagramNode child : node.children()) {
			addTree(child, box, boxes, nodes);
		}
	}

	/** Moves a laid-out part from the origin to (dx, dy). */
	private static void translate(Components part, double dx, double dy) {
		for (DiagramNode top : part.roots()) {
			translateTree(top, dx, dy);
		}
		for (DiagramEdge edge : part.edges()) {
			edge.setRoute(edge.route().stream().map(p -> new DiagramEdge.Point(p.x() + dx, p.y() + dy)).toList());
			Bounds label = edge.labelBounds();
			if (label.width() > 0) {
				edge.setLabelBounds(new Bounds(label.x() + dx, label.y() + dy, label.width(), label.height()));
			}
		}
	}

	private static void translateTree(DiagramNode node, double dx, double dy) {
		Bounds b = node.bounds();
		node.setBounds(new Bounds(b.x() + dx, b.y() + dy, b.width(), b.height()));
		for (DiagramNode child : node.children()) {
			translateTree(child, dx, dy);
		}
	}

	private static ElkNode box(DiagramNode node, ElkNode parent) {
		ElkNode box = ElkGraphUtil.createNode(parent);
		double width = Math.max(60, TextMetrics.headingWidth(node));
		double height = TextMetrics.headingHeight(node) + TextMetrics.PADDING / 2;
		if (node.isContainer()) {
			box.setProperty(CoreOptions.PADDING, new ElkPadding(TextMetrics.headingHeight(node) + 6, 10, 10, 10));
			box.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
			box.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, height + 10));
		}
		box.setDimensions(width, height);
		return box;
	}

	/** The route of an edge in absolute coordinates: ELK gives them relative to the edge's container. */
	private static void route(DiagramEdge edge, ElkEdge line) {
		KVector origin = absolute(line.getContainingNode());
		List<DiagramEdge.Point> points = new ArrayList<>();
		for (ElkEdgeSection section : line.getSections()) {
			points.add(new DiagramEdge.Point(origin.x + section.getStartX(), origin.y + section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new DiagramEdge.Point(origin.x + bend.getX(), origin.y + bend.getY()));
			}
			points.add(new DiagramEdge.Point(origin.x + section.getEndX(), origin.y + section.getEndY()));
		}
		edge.setRoute(points);
		if (!line.getLabels().isEmpty()) {
			ElkLabel label = line.getLabels().get(0);
			edge.setLabelBounds(new Bounds(origin.x + label.getX(), origin.y + label.getY(), label.getWidth(),
					label.getHeight()));
		}
	}

	/** The absolute position of a node's origin (the root's is 0, 0). */
	private static KVector absolute(ElkNode node) {
		KVector position = new KVector();
		for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
			position.add(n.getX(), n.getY());
		}
		return position;
	}
}
