package org.aiaas.sim.engine;

import java.util.SplittableRandom;

/**
 * The devices of every group in one replication: where they are (uniform over the annulus of the
 * group's distances), hence their uplink and downlink rates; devices over their cell's connection
 * limit are refused and keep rate 0.
 */
final class DevicePopulation {

	final double[][] uplinkRate;
	final double[][] downlinkRate;
	final long[] refusedPerCell;

	DevicePopulation(NetworkPlan network, RandomStreams streams, int replication) {
		this.uplinkRate = new double[network.groups().size()][];
		this.downlinkRate = new double[network.groups().size()][];
		this.refusedPerCell = new long[network.cells().size()];
		long[] connected = new long[network.cells().size()];
		for (int g = 0; g < uplinkRate.length; g++) {
			NetworkPlan.GroupPlan group = network.groups().get(g);
			place(g, group, network.cells().get(group.cell()), streams.stream(replication, "group " + group.name(),
					"positions"), connected);
		}
	}

	private void place(int g, NetworkPlan.GroupPlan group, CellPlan cell, SplittableRandom random, long[] connected) {
		uplinkRate[g] = new double[group.count()];
		downlinkRate[g] = new double[group.count()];
		double low2 = group.lowMeters() * group.lowMeters();
		double high2 = group.highMeters() * group.highMeters();
		for (int d = 0; d < group.count(); d++) {
			double distance = Math.sqrt(low2 + random.nextDouble() * (high2 - low2));
			double[] rates = cell.deviceRates(distance, random);
			if (connected[group.cell()]++ >= cell.maxDevices()) {
				refusedPerCell[group.cell()]++;
				continue; // over the cell's connection limit: never attached, rates stay 0
			}
			uplinkRate[g][d] = rates[0];
			downlinkRate[g][d] = rates[1];
		}
	}
}
