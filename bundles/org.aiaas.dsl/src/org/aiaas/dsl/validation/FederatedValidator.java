package org.aiaas.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aiaas.model.DeviceGroup;
import org.aiaas.model.FederatedSettings;
import org.aiaas.model.Node;
import org.aiaas.model.TrainingJob;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;

/**
 * A {@code federated { … }} block names device groups with hardware to train on (their cell and
 * backhaul are checked by {@link RadioValidator}), and
 * aggregating nodes that can average; counts are at least 1; the job's own 'epochs' and
 * 'patience' are ignored by federated training.
 */
public class FederatedValidator extends AiaasCheckBase {

	@Check
	public void checkFederated(FederatedSettings federated) {
		if (federated.getClients().isEmpty()) {
			error("federated training needs 'clients GROUP, …': the device groups that train local copies",
					federated.eContainer(), P.getTrainingJob_Federated(), IssueCodes.MISSING_PROPERTY);
		}
		if (federated.getAggregators().isEmpty()) {
			error("federated training needs 'aggregate at NODE' (several nodes, e.g. 'aggregate at edge1, cloud1', are compared)",
					federated.eContainer(), P.getTrainingJob_Federated(), IssueCodes.MISSING_PROPERTY);
		}
		atLeastOne(federated, federated.isSetRounds(), federated.getRounds(), "rounds");
		atLeastOne(federated, federated.isSetLocalEpochs(), federated.getLocalEpochs(), "local … epochs");
		atLeastOne(federated, federated.isSetParticipants(), federated.getParticipants(), "participants");
		duplicates(federated, federated.getClients(), P.getFederatedSettings_Clients(), "device group");
		duplicates(federated, federated.getAggregators(), P.getFederatedSettings_Aggregators(), "node");
		for (int i = 0; i < federated.getClients().size(); i++) {
			checkClient(federated, federated.getClients().get(i), i);
		}
		for (int i = 0; i < federated.getAggregators().size(); i++) {
			Node node = federated.getAggregators().get(i);
			if (!node.eIsProxy() && node.getAccelerators().isEmpty()) {
				error("node " + node.getName() + " has no 'gpus' to time the averaging on; give it e.g. 'gpus 1 x L4'",
						federated, P.getFederatedSettings_Aggregators(), i, IssueCodes.MISSING_PROPERTY);
			}
		}
	}

	private void checkClient(FederatedSettings federated, DeviceGroup group, int index) {
		if (group.eIsProxy()) {
			return;
		}
		String what = "device group " + group.getName();
		EReference clients = P.getFederatedSettings_Clients();
		if (group.getHardware() == null) {
			error(what + " has no 'hardware' to time its local training on, e.g. 'hardware JetsonOrin'", federated,
					clients, index, IssueCodes.MISSING_PROPERTY);
		}
		if (federated.isSetParticipants() && group.getCount() != null) {
			base(group.getCount()).ifPresent(count -> {
				if (federated.getParticipants() > count) {
					error("'participants " + federated.getParticipants() + "' but " + what + " has only "
							+ (long) count + " devices", federated, P.getFederatedSettings_Participants(),
							IssueCodes.INCONSISTENT);
				}
			});
		}
	}

	@Check
	public void checkIgnoredSettings(TrainingJob job) {
		if (job.getFederated() == null) {
			return;
		}
		if (job.isSetEpochs()) {
			warning("a federated job ignores 'epochs': it trains 'rounds' × 'local N epochs'", job,
					P.getTrainingJob_Epochs(), IssueCodes.IGNORED);
		}
		if (job.isSetPatience()) {
			warning("a federated job ignores 'patience': it runs every round", job, P.getTrainingJob_Patience(),
					IssueCodes.IGNORED);
		}
	}

	private void atLeastOne(FederatedSettings federated, boolean set, int value, String property) {
		if (set && value < 1) {
			error("'" + property + "' must be at least 1, found " + value, federated, null, IssueCodes.OUT_OF_RANGE);
		}
	}

	private <T extends EObject> void duplicates(FederatedSettings federated, List<T> items, EReference feature,
			String kind) {
		Set<T> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			if (!seen.add(items.get(i))) {
				error(kind + " listed twice", federated, feature, i, IssueCodes.DUPLICATE_NAME);
			}
		}
	}
}
