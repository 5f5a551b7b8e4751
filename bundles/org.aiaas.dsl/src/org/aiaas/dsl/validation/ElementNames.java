package org.aiaas.dsl.validation;

import java.util.Map;

import org.aiaas.model.AiaasPackage;
import org.aiaas.model.NamedElement;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** How model elements and properties are called in messages: the words of the language. */
public final class ElementNames {

	private static final AiaasPackage P = AiaasPackage.eINSTANCE;

	private static final Map<EClass, String> KINDS = Map.ofEntries(
			Map.entry(P.getScenario(), "scenario"), Map.entry(P.getAccelerator(), "accelerator"),
			Map.entry(P.getNode(), "node"), Map.entry(P.getCell(), "cell"),
			Map.entry(P.getDeviceGroup(), "device group"), Map.entry(P.getLink(), "link"),
			Map.entry(P.getAiModel(), "model"), Map.entry(P.getWorkload(), "workload"),
			Map.entry(P.getTrainingJob(), "training job"), Map.entry(P.getNamedElement(), "element"),
			Map.entry(P.getSchedulerSpec(), "scheduler"));

	private static final Map<EStructuralFeature, String> PROPERTIES = Map.ofEntries(
			Map.entry(P.getAccelerator_IdlePower(), "idle"), Map.entry(P.getAccelerator_MaxPower(), "power"),
			Map.entry(P.getCell_TxPower(), "txpower"), Map.entry(P.getCell_NoiseFigure(), "noisefigure"),
			Map.entry(P.getCell_BackhaulLatency(), "backhaul latency"),
			Map.entry(P.getCell_MaxDevices(), "maxdevices"), Map.entry(P.getNode_BatchMax(), "batching max"),
			Map.entry(P.getNode_BatchWait(), "batching wait"), Map.entry(P.getAiModel_KvHeads(), "kvheads"),
			Map.entry(P.getAiModel_HeadDim(), "headdim"), Map.entry(P.getWorkload_OutputTokens(), "output"),
			Map.entry(P.getWorkload_Source(), "from"), Map.entry(P.getWorkload_Target(), "at"),
			Map.entry(P.getTrainingJob_TrainSplit(), "split"),
			Map.entry(P.getTrainingJob_ValidationSplit(), "split"),
			Map.entry(P.getTrainingJob_TestSplit(), "split"), Map.entry(P.getTrainingJob_LearningRate(), "lr"),
			Map.entry(P.getTrainingJob_Nodes(), "on"), Map.entry(P.getTrainingJob_Tokens(), "corpus"), Map.entry(P.getSchedulerSpec_SwitchCost(), "switch"),
			Map.entry(P.getAcceleratorAllocation_Type(), "gpus"), Map.entry(P.getDeviceGroup_Cell(), "in"),
			Map.entry(P.getLink_Source(), "link source"), Map.entry(P.getLink_Target(), "link target"));

	private ElementNames() {
	}

	/** "node", "device group", … for a model class. */
	public static String kindOf(EClass type) {
		String kind = KINDS.get(type);
		return kind != null ? kind : type.getName().toLowerCase();
	}

	/** The keyword that introduces a property, e.g. "txpower" for Cell.txPower. */
	public static String propertyName(EStructuralFeature feature) {
		String name = PROPERTIES.get(feature);
		return name != null ? name : feature.getName();
	}

	/** "node edge1", "workload vision", or the kind alone for unnamed elements. */
	public static String describe(EObject object) {
		String kind = kindOf(object.eClass());
		if (object instanceof NamedElement named && named.getName() != null) {
			return kind + " " + named.getName();
		}
		return kind;
	}
}
