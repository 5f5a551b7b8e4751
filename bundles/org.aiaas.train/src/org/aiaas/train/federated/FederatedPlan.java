package org.aiaas.train.federated;

import java.util.List;

import org.aiaas.train.api.TrainingJobPlan;

/**
 * A federated training job made ready to run: the job's data, network and hyper-parameters
 * ({@code base}), the clients with their shards, and the simulated round time at each aggregating
 * node. Built by {@link FederatedSetup}.
 *
 * @param base        data split, network and optimiser settings of the training job
 * @param rounds      how many rounds
 * @param localEpochs epochs each client trains per round
 * @param shards      {@code iid} or {@code noniid}
 * @param clients     the participating devices and their shards
 * @param modelBytes  bytes of the model sent each way per participant and round
 * @param aggregations one per aggregating node, in the order the scenario lists them
 */
public record FederatedPlan(TrainingJobPlan base, int rounds, int localEpochs, String shards, List<Client> clients,
		double modelBytes, List<Aggregation> aggregations) {

	public FederatedPlan {
		clients = List.copyOf(clients);
		aggregations = List.copyOf(aggregations);
		if (rounds < 1 || localEpochs < 1 || clients.isEmpty()) {
			throw new IllegalArgumentException("rounds and local epochs >= 1 and at least one client");
		}
	}

	/** The same plan with another number of rounds (e.g. fewer from the command line). */
	public FederatedPlan withRounds(int newRounds) {
		return new FederatedPlan(base, newRounds, localEpochs, shards, clients, modelBytes, aggregations);
	}
}
