package org.aiaas.diagram.viewpoint;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.aiaas.diagram.EdgeStyle;
import org.aiaas.model.Scenario;
import org.eclipse.emf.ecore.EObject;

/**
 * Maps model elements of one type to lines between boxes, like a Sirius element-based edge
 * mapping. One element may give several lines (a workload flows to every node that can serve it).
 *
 * @param id         names the mapping ("link", "flow", ...)
 * @param candidates the elements this mapping shows
 * @param ends       for each element, the boxes its lines join
 * @param label      the text on the line
 * @param style      the look
 * @param <T>        the element type
 */
public record EdgeMapping<T extends EObject>(String id, Function<Scenario, List<T>> candidates,
		Function<T, List<Ends>> ends, Function<T, String> label, EdgeStyle style) {

	/**
	 * The two boxes of a line, each named by the element it shows and the element of its container
	 * (null: the first box showing the element, wherever it is).
	 */
	public record Ends(EObject source, EObject sourceParent, EObject target, EObject targetParent) {

		/** A line between the first boxes of two elements. */
		public static Ends between(EObject source, EObject target) {
			return new Ends(source, null, target, null);
		}
	}

	public EdgeMapping {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(candidates, "candidates");
		Objects.requireNonNull(ends, "ends");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(style, "style");
	}
}
