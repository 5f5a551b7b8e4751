package org.aiaas.diagram.viewpoint;

import java.util.List;
import java.util.Objects;

/**
 * A declarative description of a diagram, in the spirit of a Sirius viewpoint: node mappings
 * (applied in order, so a container's mapping comes before its children's) and edge mappings.
 */
public record Viewpoint(String name, List<NodeMapping<?>> nodes, List<EdgeMapping<?>> edges) {

	public Viewpoint {
		Objects.requireNonNull(name, "name");
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}
}
