package org.aiaas.diagram.viewpoint;

import org.aiaas.diagram.Diagram;
import org.aiaas.model.Scenario;
import org.aiaas.model.Workload;

/** The topology diagram of a scenario, with a note for every workload that no node can serve. */
public final class TopologyDiagram {

	private TopologyDiagram() {
	}

	/** Builds the diagram (not yet laid out). */
	public static Diagram of(Scenario scenario) {
		Diagram diagram = new DiagramBuilder(TopologyViewpoint.of(scenario)).build(scenario);
		ServingNodes serving = new ServingNodes(scenario);
		for (Workload workload : scenario.getWorkloads()) {
			if (workload.getName() != null && serving.of(workload).isEmpty()) {
				diagram.addNote("workload " + workload.getName()
						+ ": no edge or cloud node reachable from its cell can hold its model");
			}
		}
		return diagram;
	}
}
