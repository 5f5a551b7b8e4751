package org.aiaas.model.analysis;

import java.util.OptionalDouble;

import org.aiaas.model.ArrivalProcess;
import org.aiaas.model.ConstantArrivals;
import org.aiaas.model.ConstantDistribution;
import org.aiaas.model.Distribution;
import org.aiaas.model.ExponentialDistribution;
import org.aiaas.model.LogNormalDistribution;
import org.aiaas.model.MixtureBranch;
import org.aiaas.model.MixtureDistribution;
import org.aiaas.model.OnOffArrivals;
import org.aiaas.model.PoissonArrivals;
import org.aiaas.model.Quantity;
import org.aiaas.model.UniformDistribution;
import org.aiaas.model.units.QuantityKind;

/**
 * Means of the random parts of a scenario, in base units (seconds, tokens, requests per second):
 * what the validator needs for its offered-load check and the simulator for its sanity checks.
 * Parts that are incomplete or have wrong units give an empty result instead of a guess.
 */
public final class Moments {

	private Moments() {
	}

	/** E[X] of a distribution. */
	public static OptionalDouble mean(Distribution distribution) {
		try {
			if (distribution instanceof ConstantDistribution constant) {
				return base(constant.getValue());
			}
			if (distribution instanceof ExponentialDistribution exponential) {
				return base(exponential.getMean());
			}
			if (distribution instanceof LogNormalDistribution logNormal) {
				return base(logNormal.getMean());
			}
			if (distribution instanceof UniformDistribution uniform) {
				OptionalDouble low = base(uniform.getLow());
				OptionalDouble high = base(uniform.getHigh());
				return low.isPresent() && high.isPresent()
						? OptionalDouble.of((low.getAsDouble() + high.getAsDouble()) / 2) : OptionalDouble.empty();
			}
			if (distribution instanceof MixtureDistribution mixture) {
				return mixtureMean(mixture);
			}
		} catch (IllegalArgumentException e) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.empty();
	}

	/** The long-run mean arrival rate in requests per second; empty for traces. */
	public static OptionalDouble meanRate(ArrivalProcess arrivals) {
		try {
			if (arrivals instanceof PoissonArrivals poisson) {
				return base(poisson.getRate());
			}
			if (arrivals instanceof ConstantArrivals constant) {
				return base(constant.getRate());
			}
			if (arrivals instanceof OnOffArrivals onOff) {
				OptionalDouble rate = base(onOff.getRate());
				OptionalDouble on = base(onOff.getOn());
				OptionalDouble off = base(onOff.getOff());
				if (rate.isEmpty() || on.isEmpty() || off.isEmpty()) {
					return OptionalDouble.empty();
				}
				double cycle = on.getAsDouble() + off.getAsDouble();
				if (!(cycle > 0)) {
					return OptionalDouble.empty();
				}
				double onShare = on.getAsDouble() / cycle;
				return OptionalDouble.of(rate.getAsDouble() * onShare);
			}
		} catch (IllegalArgumentException e) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.empty();
	}

	private static OptionalDouble mixtureMean(MixtureDistribution mixture) {
		double sum = 0;
		for (MixtureBranch branch : mixture.getBranches()) {
			OptionalDouble branchMean = branch.getDistribution() == null ? OptionalDouble.empty()
					: mean(branch.getDistribution());
			if (branchMean.isEmpty()) {
				return OptionalDouble.empty();
			}
			sum += branch.getProbability() * branchMean.getAsDouble();
		}
		return mixture.getBranches().isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(sum);
	}

	private static OptionalDouble base(Quantity quantity) {
		return quantity == null ? OptionalDouble.empty() : OptionalDouble.of(QuantityKind.toBase(quantity));
	}
}
