package org.aiaas.sim.engine;

import java.util.SplittableRandom;

/** Draws values of one random variable, in base units (seconds, tokens). */
@FunctionalInterface
public interface Sampler {

	double next(SplittableRandom random);

	/** Always {@code value}. */
	static Sampler constant(double value) {
		return random -> value;
	}

	/** Exponential with this mean, by inversion: −mean · ln(1 − U). */
	static Sampler exponential(double mean) {
		return random -> -mean * Math.log1p(-random.nextDouble());
	}

	/** Uniform on [low, high). */
	static Sampler uniform(double low, double high) {
		return random -> low + (high - low) * random.nextDouble();
	}

	/**
	 * Log-normal with this mean and standard deviation: σ² = ln(1 + sd²/mean²),
	 * μ = ln(mean) − σ²/2, X = exp(μ + σ·Z).
	 */
	static Sampler logNormal(double mean, double sd) {
		double sigma2 = Math.log1p((sd * sd) / (mean * mean));
		double mu = Math.log(mean) - sigma2 / 2;
		double sigma = Math.sqrt(sigma2);
		return random -> Math.exp(mu + sigma * gaussian(random));
	}

	/** A standard normal variate (Marsaglia's polar method). */
	static double gaussian(SplittableRandom random) {
		double u;
		double v;
		double s;
		do {
			u = 2 * random.nextDouble() - 1;
			v = 2 * random.nextDouble() - 1;
			s = u * u + v * v;
		} while (s >= 1 || s == 0);
		return u * Math.sqrt(-2 * Math.log(s) / s);
	}

	/** Picks branch i with probability p[i] (cumulative), then draws from it. */
	static Sampler mixture(double[] probabilities, Sampler[] branches) {
		double[] cumulative = new double[probabilities.length];
		double sum = 0;
		for (int i = 0; i < probabilities.length; i++) {
			sum += probabilities[i];
			cumulative[i] = sum;
		}
		double total = sum;
		return random -> {
			double u = random.nextDouble() * total;
			for (int i = 0; i < cumulative.length - 1; i++) {
				if (u < cumulative[i]) {
					return branches[i].next(random);
				}
			}
			return branches[branches.length - 1].next(random);
		};
	}
}
