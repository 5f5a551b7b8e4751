package org.aiaas.diagram.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.aiaas.diagram.Bounds;
import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.DiagramEdge;
import org.aiaas.diagram.DiagramElement;
import org.aiaas.diagram.DiagramNode;
import org.aiaas.diagram.render.DiagramPainter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Draws a laid-out diagram with zoom (Ctrl+wheel or {@link #zoomBy}), pan (drag the background)
 * and selection (click a box or line; the selected element is outlined).
 */
final class DiagramCanvas extends Canvas {

	static final double MIN_ZOOM = 0.05;
	static final double MAX_ZOOM = 8;
	private static final double HIT_TOLERANCE = 4;

	private Diagram diagram;
	private DiagramElement selected;
	private double zoom = 1;
	private double panX;
	private double panY;
	private int dragX;
	private int dragY;
	private boolean dragging;
	private final List<Consumer<DiagramElement>> selectionListeners = new CopyOnWriteArrayList<>();

	DiagramCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(e -> paint(e.gc));
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.MouseDown, e -> mouseDown(e));
		addListener(SWT.MouseMove, e -> mouseMove(e));
		addListener(SWT.MouseUp, e -> dragging = false);
	}

	/** Shows {@code diagram} (null: nothing); the selection is kept when the same element is still there. */
	void setDiagram(Diagram diagram) {
		DiagramElement previous = selected;
		this.diagram = diagram;
		this.selected = previous == null || diagram == null ? null : sameElement(previous);
		redraw();
	}

	Diagram diagram() {
		return diagram;
	}

	DiagramElement selected() {
		return selected;
	}

	double zoom() {
		return zoom;
	}

	void addSelectionListener(Consumer<DiagramElement> listener) {
		selectionListeners.add(listener);
	}

	/** Selects an element (null: nothing) and tells the listeners. */
	void select(DiagramElement element) {
		selected = element;
		redraw();
		selectionListeners.forEach(l -> l.accept(element));
	}

	/** Multiplies the zoom by {@code factor} around the canvas point (x, y). */
	void zoomBy(double factor, int x, int y) {
		double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
		panX = x - (x - panX) * next / zoom;
		panY = y - (y - panY) * next / zoom;
		zoom = next;
		redraw();
	}

	/** Zooms so that the whole diagram fits the canvas (never above 100 %). */
	void fit() {
		if (diagram == null || getClientArea().width == 0) {
			return;
		}
		double width = DiagramPainter.width(diagram);
		double height = DiagramPainter.height(diagram);
		zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min(getClientArea().width / width, getClientArea().height / height)));
		panX = 0;
		panY = 0;
		redraw();
	}

	/** The topmost element at the canvas point (x, y): innermost box first, then lines. */
	DiagramElement elementAt(int x, int y) {
		if (diagram == null) {
			return null;
		}
		double dx = (x - panX) / zoom;
		double dy = (y - panY) / zoom;
		for (DiagramEdge edge : diagram.edges()) {
			if (near(edge, dx, dy, HIT_TOLERANCE / zoom)) {
				return edge;
			}
		}
		List<DiagramNode> nodes = diagram.nodes();
		for (int i = nodes.size() - 1; i >= 0; i--) { // children come after their containers
			if (nodes.get(i).bounds().contains(dx, dy)) {
				return nodes.get(i);
			}
		}
		return null;
	}

	private void paint(GC gc) {
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(getClientArea());
		if (diagram == null) {
			return;
		}
		Transform transform = new Transform(getDisplay());
		SwtSurface surface = new SwtSurface(gc);
		try {
			transform.translate((float) panX, (float) panY);
			transform.scale((float) zoom, (float) zoom);
			gc.setTransform(transform);
			DiagramPainter.paint(diagram, surface);
			paintSelection(gc);
		} finally {
			gc.setTransform(null);
			transform.dispose();
			surface.dispose();
		}
	}

	private void paintSelection(GC gc) {
		Bounds b = selected instanceof DiagramNode node ? node.bounds()
				: selected instanceof DiagramEdge edge ? edge.labelBounds() : null;
		if (b == null) {
			return;
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		gc.setLineWidth(3);
		gc.drawRectangle((int) Math.round(b.x() - 3), (int) Math.round(b.y() - 3), (int) Math.round(b.width() + 6),
				(int) Math.round(b.height() + 6));
		if (selected instanceof DiagramEdge edge) {
			new SwtSurface(gc).line(edge.route(), org.aiaas.diagram.Rgb.hex("#1e88e5"), 3, false);
		}
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			zoomBy(e.count > 0 ? 1.1 : 1 / 1.1, e.x, e.y);
			e.doit = false;
		} else {
			panY += e.count * 10;
			redraw();
		}
	}

	private void mouseDown(Event e) {
		if (e.button != 1) {
			return;
		}
		DiagramElement hit = elementAt(e.x, e.y);
		select(hit);
		dragging = hit == null;
		dragX = e.x;
		dragY = e.y;
	}

	private void mouseMove(Event e) {
		if (dragging && (e.stateMask & SWT.BUTTON1) != 0) {
			panX += e.x - dragX;
			panY += e.y - dragY;
			dragX = e.x;
			dragY = e.y;
			redraw();
		}
	}

	/** The element of the new diagram that shows the same thing (same mapping and label and id). */
	private DiagramElement sameElement(DiagramElement previous) {
		return diagram.elements().filter(e -> e.id().equals(previous.id()) && e.mapping().equals(previous.mapping())
				&& e.label().equals(previous.label())).findFirst().orElse(null);
	}

	private static boolean near(DiagramEdge edge, double x, double y, double tolerance) {
		List<DiagramEdge.Point> route = edge.route();
		for (int i = 1; i < route.size(); i++) {
			if (distance(route.get(i - 1), route.get(i), x, y) <= tolerance) {
				return true;
			}
		}
		return false;
	}

	/** Distance from (x, y) to the segment a-b. */
	static double distance(DiagramEdge.Point a, DiagramEdge.Point b, double x, double y) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / lengthSquared));
		return Math.hypot(a.x() + t * dx - x, a.y() + t * dy - y);
	}
}
