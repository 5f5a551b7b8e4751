package org.aiaas.dsl.validation;

import java.util.OptionalDouble;

import org.aiaas.model.AiModel;
import org.aiaas.model.MixtureBranch;
import org.aiaas.model.MixtureDistribution;
import org.aiaas.model.UniformDistribution;
import org.aiaas.model.Workload;
import org.eclipse.xtext.validation.Check;

/**
 * Models and workloads carry what the simulator needs: a workload has arrivals and either an
 * explicit service time or a model whose size the compute model can turn into one; an LLM has the
 * shape that sizes its KV cache; distributions are well formed.
 */
public class WorkloadValidator extends AiaasCheckBase {

	private static final double PROBABILITY_TOLERANCE = 1e-9;

	@Check
	public void checkModel(AiModel model) {
		String what = "model " + model.getName();
		if (model.isLlm()) {
			if (model.getParams() == null) {
				error("LLM " + model.getName() + " needs 'params', e.g. 'params 7 B'", model, P.getNamedElement_Name(),
						IssueCodes.MISSING_PROPERTY);
			}
			if (!model.isSetLayers() || (!model.isSetKvHeads() && !model.isSetHeads()) || !model.isSetHeadDim()) {
				error("LLM " + model.getName()
						+ " needs 'layers', 'kvheads' (or 'heads') and 'headdim' to size its KV cache, e.g. 'layers 32 kvheads 32 headdim 128'",
						model, P.getNamedElement_Name(), IssueCodes.MISSING_PROPERTY);
			}
		}
		positive(model, model.isSetLayers(), model.getLayers(), "layers");
		positive(model, model.isSetHeads(), model.getHeads(), "heads");
		positive(model, model.isSetKvHeads(), model.getKvHeads(), "kvheads");
		positive(model, model.isSetHeadDim(), model.getHeadDim(), "headdim");
		if (model.isSetHeads() && model.isSetKvHeads() && model.getKvHeads() > model.getHeads()) {
			error(what + " has more KV heads (" + model.getKvHeads() + ") than attention heads (" + model.getHeads()
					+ ")", model, P.getAiModel_KvHeads(), IssueCodes.INCONSISTENT);
		}
		model.getNetwork().forEach(layer -> {
			if (layer.getUnits() < 1) {
				error("a dense layer needs at least 1 unit, found " + layer.getUnits(), layer, P.getLayer_Units(),
						IssueCodes.OUT_OF_RANGE);
			}
		});
	}

	private void positive(AiModel model, boolean set, int value, String property) {
		if (set && value < 1) {
			error("'" + property + "' must be at least 1, found " + value, model, null, IssueCodes.OUT_OF_RANGE);
		}
	}

	@Check
	public void checkWorkload(Workload workload) {
		String what = "workload " + workload.getName();
		if (workload.getArrivals() == null) {
			error(what + " needs 'arrivals', e.g. 'arrivals poisson 10 /s'", workload, P.getNamedElement_Name(),
					IssueCodes.MISSING_PROPERTY);
		}
		AiModel model = workload.getModel() == null || workload.getModel().eIsProxy() ? null : workload.getModel();
		if (workload.getService() == null && workload.getModel() == null) {
			error(what + " needs a 'model' to serve or an explicit 'service' time, e.g. 'service exponential 100 ms'",
					workload, P.getNamedElement_Name(), IssueCodes.MISSING_PROPERTY);
		}
		if (workload.getService() == null && model != null && !model.isLlm() && model.getFlops() == null) {
			error(what + " serves model " + model.getName()
					+ ", which has no 'flops' per request to derive a service time from; give the model 'flops' or the workload a 'service' time",
					workload, P.getWorkload_Model(), IssueCodes.MISSING_PROPERTY);
		}
		if (model != null && model.isLlm() && workload.getService() == null
				&& (workload.getPrompt() == null || workload.getOutputTokens() == null)) {
			error(what + " serves the LLM " + model.getName()
					+ " and needs 'prompt' and 'output' token counts, e.g. 'prompt 512 tokens output 128 tokens'",
					workload, P.getWorkload_Model(), IssueCodes.MISSING_PROPERTY);
		}
		if (model == null && (workload.getPrompt() != null || workload.getOutputTokens() != null)) {
			warning("'prompt' and 'output' tokens only matter for a workload that serves an LLM model", workload,
					workload.getPrompt() != null ? P.getWorkload_Prompt() : P.getWorkload_OutputTokens(),
					IssueCodes.IGNORED);
		}
		if (workload.isSetPriority() && workload.getPriority() < 0) {
			error("'priority' must be 0 or more (0 is the most urgent class), found " + workload.getPriority(),
					workload, P.getWorkload_Priority(), IssueCodes.OUT_OF_RANGE);
		}
	}

	@Check
	public void checkUniform(UniformDistribution uniform) {
		OptionalDouble low = base(uniform.getLow());
		OptionalDouble high = base(uniform.getHigh());
		if (low.isPresent() && high.isPresent() && low.getAsDouble() > high.getAsDouble()) {
			error("a uniform distribution needs low ≤ high: write the smaller value first", uniform, null,
					IssueCodes.INCONSISTENT);
		}
	}

	@Check
	public void checkMixture(MixtureDistribution mixture) {
		double sum = 0;
		for (MixtureBranch branch : mixture.getBranches()) {
			if (branch.getProbability() <= 0 || branch.getProbability() > 1) {
				error("a branch probability must be greater than 0 and at most 1, found " + branch.getProbability(),
						branch, P.getMixtureBranch_Probability(), IssueCodes.OUT_OF_RANGE);
			}
			sum += branch.getProbability();
		}
		if (Math.abs(sum - 1) > PROBABILITY_TOLERANCE) {
			error("the branch probabilities of a mixture must add up to 1, they add up to " + (float) sum, mixture,
					null, IssueCodes.INCONSISTENT);
		}
	}
}
