package org.aiaas.train.federated;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aiaas.model.Accelerator;
import org.aiaas.model.Cell;
import org.aiaas.model.DeviceGroup;
import org.aiaas.model.FederatedSettings;
import org.aiaas.model.Node;
import org.aiaas.model.Quantity;
import org.aiaas.model.Scenario;
import org.aiaas.model.ShardKind;
import org.aiaas.model.TrainingJob;
import org.aiaas.model.units.QuantityKind;
import org.aiaas.sim.compute.Efficiency;
import org.aiaas.sim.compute.Roofline;
import org.aiaas.sim.engine.NetworkView;
import org.aiaas.sim.engine.ScenarioException;
import org.aiaas.train.api.TrainingJobPlan;
import org.aiaas.train.api.TrainingSetupException;
import org.aiaas.train.data.Samples;

/**
 * Reads a training job's {@code federated { … }} block into a {@link FederatedPlan}. Defaults:
 * 10 rounds, 1 local epoch, IID shards, min(10, count) participants per client group. The
 * participants of a group stand at the distances that split its annulus into equal areas (the
 * engine places devices uniformly over that area). Per participant and aggregating node:
 * <ul>
 * <li>compute = 6 × parameters × (local epochs × shard size) / (peak × {@link Efficiency#DEFAULT}
 * compute share), peak = the group's {@code hardware} fp32 rate (else fp16, bf16);</li>
 * <li>radio = {@link NetworkView#expectedRatesBps} of its cell at its distance;</li>
 * <li>path = the cell's backhaul latency + links from the backhaul node to the aggregating node;</li>
 * <li>aggregation = roofline of 2 × participants × parameters FLOPs and (participants + 1) models'
 * bytes on the node's first accelerator.</li>
 * </ul>
 * The model travels as 4 bytes per parameter (fp32), or as the model's {@code precision}.
 */
public final class FederatedSetup {

	static final int DEFAULT_ROUNDS = 10;
	static final int DEFAULT_LOCAL_EPOCHS = 1;
	static final int DEFAULT_PARTICIPANTS = 10;
	/** The engine's device distances when a group gives none (docs/simulation.md). */
	static final double DEFAULT_MIN_DISTANCE_M = 10;
	static final double DEFAULT_MAX_DISTANCE_M = 500;

	private FederatedSetup() {
	}

	/** @throws TrainingSetupException when the network cannot carry the rounds (coverage, paths, hardware) */
	public static FederatedPlan of(TrainingJob job, TrainingJobPlan base) throws TrainingSetupException {
		FederatedSettings settings = job.getFederated();
		String what = "training job " + job.getName() + ": federated: ";
		if (settings == null || settings.getClients().isEmpty() || settings.getAggregators().isEmpty()) {
			throw new TrainingSetupException(what + "needs 'clients GROUP, …' and 'aggregate at NODE'");
		}
		List<Client> clients = new ArrayList<>();
		List<DeviceGroup> groupOf = new ArrayList<>();
		List<Double> distanceOf = new ArrayList<>();
		for (DeviceGroup group : settings.getClients()) {
			int count = group.getCount() == null ? 1 : (int) QuantityKind.toBase(group.getCount());
			int n = settings.isSetParticipants() ? settings.getParticipants() : Math.min(DEFAULT_PARTICIPANTS, count);
			for (int j = 0; j < n; j++) {
				groupOf.add(group);
				distanceOf.add(distance(group, j, n));
			}
		}
		Samples train = base.data().train();
		if (groupOf.size() > train.size()) {
			throw new TrainingSetupException(what + groupOf.size() + " participants cannot share " + train.size()
					+ " training samples; use fewer 'participants' or more 'samples'");
		}
		boolean nonIid = settings.isSetShards() && settings.getShards() == ShardKind.NONIID;
		long seed = base.settings().seed();
		List<Samples> shards = nonIid ? Shards.labelSkewed(train, groupOf.size(), seed)
				: Shards.iid(train, groupOf.size(), seed);
		int[] numbering = new int[1];
		for (int k = 0; k < groupOf.size(); k++) {
			String group = groupOf.get(k).getName();
			numbering[0] = k == 0 || !groupOf.get(k - 1).getName().equals(group) ? 1 : numbering[0] + 1;
			clients.add(new Client(group + "#" + numbering[0], group, shards.get(k)));
		}
		int localEpochs = settings.isSetLocalEpochs() ? settings.getLocalEpochs() : DEFAULT_LOCAL_EPOCHS;
		double parameters = base.network().parameterVector().length;
		double modelBytes = parameters * bytesPerParameter(job);
		NetworkView network;
		try {
			network = NetworkView.of((Scenario) job.eContainer());
		} catch (ScenarioException e) {
			throw new TrainingSetupException(what + e.getMessage());
		}
		List<Aggregation> aggregations = new ArrayList<>();
		for (Node node : settings.getAggregators()) {
			List<RoundTimer.Participant> participants = new ArrayList<>();
			for (int k = 0; k < clients.size(); k++) {
				participants.add(participant(what, clients.get(k), groupOf.get(k), distanceOf.get(k), node, network,
						parameters * localEpochs * clients.get(k).shard().size(), modelBytes));
			}
			double aggregation = aggregationSeconds(what, node, clients.size(), parameters, modelBytes);
			aggregations.add(new Aggregation(node.getName(), node.getKind().getLiteral(),
					RoundTimer.time(participants, modelBytes, aggregation)));
		}
		int rounds = settings.isSetRounds() ? settings.getRounds() : DEFAULT_ROUNDS;
		return new FederatedPlan(base, rounds, localEpochs, nonIid ? "noniid" : "iid", clients, modelBytes, aggregations);
	}

	/** The j-th of n distances that cut the group's annulus into equal areas (at each slice's middle). */
	static double distance(DeviceGroup group, int j, int n) {
		double low = group.getDistance() == null ? DEFAULT_MIN_DISTANCE_M : QuantityKind.toBase(group.getDistance().getLow());
		double high = group.getDistance() == null ? DEFAULT_MAX_DISTANCE_M
				: QuantityKind.toBase(group.getDistance().getHigh());
		return Math.sqrt(low * low + (j + 0.5) / n * (high * high - low * low));
	}

	private static RoundTimer.Participant participant(String what, Client client, DeviceGroup group, double distance,
			Node aggregator, NetworkView network, double trainedParameterSamples, double modelBytes)
			throws TrainingSetupException {
		Cell cell = group.getCell();
		double[] rates = network.expectedRatesBps(cell, distance);
		if (rates[0] <= 0 || rates[1] <= 0) {
			throw new TrainingSetupException(what + client.name() + " at " + Math.round(distance) + " m is out of the coverage of cell "
					+ cell.getName() + " (" + (rates[0] <= 0 ? "uplink" : "downlink") + " rate 0); bring group "
					+ group.getName() + " closer or give the cell more power or bandwidth");
		}
		double path = network.backhaulLatencyS(cell) + network.transferS(cell.getBackhaul(), aggregator, modelBytes);
		if (Double.isInfinite(path)) {
			throw new TrainingSetupException(what + "no link path from " + cell.getBackhaul().getName() + " (backhaul of cell "
					+ cell.getName() + ") to the aggregating node " + aggregator.getName() + "; add a 'link'");
		}
		double compute = localComputeSeconds(trainedParameterSamples, peakFlops(what, group.getHardware()));
		return new RoundTimer.Participant(client.name(), cell.getName(), rates[1], rates[0], compute, path);
	}

	/**
	 * Seconds of local training: 6 FLOPs per parameter per sample seen (forward 2, backward 4,
	 * Kaplan et al. 2020) at {@link Efficiency#DEFAULT}'s compute share of {@code peakFlops}.
	 *
	 * @param parameterSamples parameters × local epochs × shard size
	 */
	public static double localComputeSeconds(double parameterSamples, double peakFlops) {
		return 6 * parameterSamples / (peakFlops * Efficiency.DEFAULT.compute());
	}

	private static double aggregationSeconds(String what, Node node, int participants, double parameters,
			double modelBytes) throws TrainingSetupException {
		if (node.getAccelerators().isEmpty() || node.getAccelerators().get(0).getType() == null) {
			throw new TrainingSetupException(what + "aggregating node " + node.getName()
					+ " has no 'gpus' to time the averaging on");
		}
		Accelerator accelerator = node.getAccelerators().get(0).getType();
		if (accelerator.getBandwidth() == null) {
			throw new TrainingSetupException(what + "accelerator " + accelerator.getName() + " of node " + node.getName()
					+ " declares no memory 'bandwidth'");
		}
		Efficiency efficiency = node.getEfficiency() == null ? Efficiency.DEFAULT
				: new Efficiency(QuantityKind.toBase(node.getEfficiency()), Efficiency.DEFAULT.memory());
		return Roofline.seconds(2 * participants * parameters, (participants + 1) * modelBytes,
				peakFlops(what, accelerator), QuantityKind.toBase(accelerator.getBandwidth()), efficiency);
	}

	/** fp32 peak, else fp16, else bf16: local training runs in full precision where the hardware can. */
	static double peakFlops(String what, Accelerator accelerator) throws TrainingSetupException {
		if (accelerator == null) {
			throw new TrainingSetupException(what + "every client group needs 'hardware' to time its local training");
		}
		for (Quantity peak : new Quantity[] { accelerator.getFp32(), accelerator.getFp16(), accelerator.getBf16() }) {
			if (peak != null) {
				return QuantityKind.toBase(peak);
			}
		}
		throw new TrainingSetupException(what + "accelerator " + accelerator.getName() + " declares no fp32, fp16 or bf16 rate");
	}

	private static double bytesPerParameter(TrainingJob job) {
		if (job.getModel() == null || !job.getModel().isSetPrecision()) {
			return 4;
		}
		return switch (job.getModel().getPrecision().getName().toLowerCase(Locale.ROOT)) {
		case "fp16", "bf16" -> 2;
		case "fp8", "int8" -> 1;
		default -> 4;
		};
	}
}
