package org.aiaas.sim.engine;

import org.aiaas.model.ConstantDistribution;
import org.aiaas.model.Distribution;
import org.aiaas.model.ExponentialDistribution;
import org.aiaas.model.LogNormalDistribution;
import org.aiaas.model.MixtureBranch;
import org.aiaas.model.MixtureDistribution;
import org.aiaas.model.UniformDistribution;
import org.aiaas.model.units.QuantityKind;

/** Turns the scenario's distributions into samplers in base units. */
final class Samplers {

	private Samplers() {
	}

	static Sampler of(Distribution distribution) {
		if (distribution instanceof ConstantDistribution constant) {
			return Sampler.constant(QuantityKind.toBase(constant.getValue()));
		}
		if (distribution instanceof ExponentialDistribution exponential) {
			return Sampler.exponential(QuantityKind.toBase(exponential.getMean()));
		}
		if (distribution instanceof UniformDistribution uniform) {
			return Sampler.uniform(QuantityKind.toBase(uniform.getLow()), QuantityKind.toBase(uniform.getHigh()));
		}
		if (distribution instanceof LogNormalDistribution logNormal) {
			return Sampler.logNormal(QuantityKind.toBase(logNormal.getMean()), QuantityKind.toBase(logNormal.getSd()));
		}
		if (distribution instanceof MixtureDistribution mixture) {
			double[] probabilities = new double[mixture.getBranches().size()];
			Sampler[] branches = new Sampler[probabilities.length];
			for (int i = 0; i < probabilities.length; i++) {
				MixtureBranch branch = mixture.getBranches().get(i);
				probabilities[i] = branch.getProbability();
				branches[i] = of(branch.getDistribution());
			}
			return Sampler.mixture(probabilities, branches);
		}
		throw new ScenarioException("unsupported distribution " + distribution.eClass().getName());
	}
}
