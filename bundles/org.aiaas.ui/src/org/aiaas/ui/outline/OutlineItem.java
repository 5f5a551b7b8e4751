package org.aiaas.ui.outline;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the scenario's outline: a label, the region it reveals in the editor (its name),
 * the region its whole declaration spans ({@code extentOffset}, {@code extentLength}) and what it
 * contains (a cell contains its device groups). Immutable, so the reconciler can build it off the
 * UI thread.
 */
public record OutlineItem(String label, String kind, int offset, int length, int extentOffset, int extentLength,
		List<OutlineItem> children) {

	public OutlineItem {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(kind, "kind");
		children = List.copyOf(children);
	}

	/** An entry whose declaration is just its name. */
	public OutlineItem(String label, String kind, int offset, int length, List<OutlineItem> children) {
		this(label, kind, offset, length, offset, length, children);
	}

	/** The children's labels, in document order (for tests and the status line). */
	public List<String> childLabels() {
		return children.stream().map(OutlineItem::label).toList();
	}

	/** Whether {@code textOffset} lies in this entry's declaration (its end included: a caret after it). */
	public boolean spans(int textOffset) {
		return textOffset >= extentOffset && textOffset <= extentOffset + extentLength;
	}

	/**
	 * The innermost entry whose declaration holds {@code textOffset}: a child's before this one's
	 * (a device group is listed under its cell but declared beside it, so every child is searched),
	 * this entry when no child holds it, null when none does.
	 */
	public OutlineItem innermostAt(int textOffset) {
		for (OutlineItem child : children) {
			OutlineItem inner = child.innermostAt(textOffset);
			if (inner != null) {
				return inner;
			}
		}
		return spans(textOffset) ? this : null;
	}
}
