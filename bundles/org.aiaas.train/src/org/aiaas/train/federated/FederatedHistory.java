package org.aiaas.train.federated;

import java.util.List;

/** What a federated run did: every round's figures and the final global model's test scores. */
public record FederatedHistory(List<RoundResult> rounds, double testLoss, double testAccuracy) {

	public FederatedHistory {
		rounds = List.copyOf(rounds);
	}
}
