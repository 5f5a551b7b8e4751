package org.aiaas.diagram.viewpoint;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.aiaas.diagram.NodeStyle;
import org.aiaas.model.Scenario;
import org.eclipse.emf.ecore.EObject;

/**
 * Maps model elements of one type to boxes, like a Sirius node or container mapping: which
 * elements (the semantic candidates), in which containers, with which label, details and style.
 *
 * @param id         names the mapping ("cell", "node", ...)
 * @param container  whether the boxes are containers with a title above their children
 * @param candidates the elements of the scenario this mapping shows
 * @param parents    the elements whose boxes contain each candidate; one box per parent box, the
 *                   top level when the list is empty (an element may appear in several
 *                   containers: a model in every node that serves it)
 * @param label      the title of the box
 * @param details    lines under the title
 * @param style      the look, per element
 * @param <T>        the element type
 */
public record NodeMapping<T extends EObject>(String id, boolean container, Function<Scenario, List<T>> candidates,
		Function<T, List<? extends EObject>> parents, Function<T, String> label, Function<T, List<String>> details,
		Function<T, NodeStyle> style) {

	public NodeMapping {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(candidates, "candidates");
		Objects.requireNonNull(parents, "parents");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(details, "details");
		Objects.requireNonNull(style, "style");
	}
}
