package org.aiaas.ui.outline;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the scenario's outline: a label, the region it reveals in the editor and what it
 * contains (a cell contains its device groups). Immutable, so the reconciler can build it off the
 * UI thread.
 */
public record OutlineItem(String label, String kind, int offset, int length, List<OutlineItem> children) {

	public OutlineItem {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(kind, "kind");
		children = List.copyOf(children);
	}

	/** The children's labels, in document order (for tests and the status line). */
	public List<String> childLabels() {
		return children.stream().map(OutlineItem::label).toList();
	}
}
