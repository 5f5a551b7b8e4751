package org.aiaas.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.aiaas.model.AiaasFactory;
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
import org.aiaas.model.TraceArrivals;
import org.aiaas.model.UniformDistribution;
import org.aiaas.model.Workload;
import org.junit.jupiter.api.Test;

/**
 * Means worked out by hand from the textbook formulas: E[X] of each distribution, the
 * probability-weighted sum for mixtures, and rate x on/(on+off) for on/off arrivals.
 */
class MomentsTest {

	private static final AiaasFactory FACTORY = AiaasFactory.eINSTANCE;
	private static final double EPS = 1e-12;

	private static Quantity q(double value, String unit) {
		Quantity quantity = FACTORY.createQuantity();
		quantity.setValue(value);
		quantity.setUnit(unit);
		return quantity;
	}

	/** The dimension comes from the holding feature, so every distribution is a workload's service time. */
	private static <D extends Distribution> D asService(D distribution) {
		Workload workload = FACTORY.createWorkload();
		workload.setService(distribution);
		return distribution;
	}

	private static <A extends ArrivalProcess> A asArrivals(A arrivals) {
		Workload workload = FACTORY.createWorkload();
		workload.setArrivals(arrivals);
		return arrivals;
	}

	private static ExponentialDistribution exponential(double value, String unit) {
		ExponentialDistribution exponential = FACTORY.createExponentialDistribution();
		exponential.setMean(q(value, unit));
		return exponential;
	}

	private static MixtureBranch branch(double probability, Distribution distribution) {
		MixtureBranch branch = FACTORY.createMixtureBranch();
		branch.setProbability(probability);
		branch.setDistribution(distribution);
		return branch;
	}

	private static void assertMean(double expected, OptionalDouble actual, String why) {
		assertTrue(actual.isPresent(), why + ": no mean");
		assertEquals(expected, actual.getAsDouble(), Math.abs(expected) * EPS, why);
	}

	@Test
	void constantIsItsValue() {
		ConstantDistribution constant = FACTORY.createConstantDistribution();
		constant.setValue(q(5, "ms"));
		assertMean(0.005, Moments.mean(asService(constant)), "E[5 ms] = 0.005 s");
	}

	@Test
	void exponentialIsItsMean() {
		assertMean(0.01, Moments.mean(asService(exponential(10, "ms"))), "E[exp(mean 10 ms)] = 0.01 s");
	}

	@Test
	void uniformIsTheMidpoint() {
		UniformDistribution uniform = FACTORY.createUniformDistribution();
		uniform.setLow(q(10, "ms"));
		uniform.setHigh(q(1, "s"));
		assertMean(0.505, Moments.mean(asService(uniform)), "E[U(a, b)] = (a + b)/2 = (0.01 s + 1 s)/2 = 0.505 s");
	}

	@Test
	void logNormalIsGivenByItsMean() {
		LogNormalDistribution logNormal = FACTORY.createLogNormalDistribution();
		logNormal.setMean(q(200, "ms"));
		logNormal.setSd(q(50, "ms"));
		assertMean(0.2, Moments.mean(asService(logNormal)), "log-normal written with mean 200 ms: E[X] = 0.2 s");
	}

	@Test
	void mixtureIsTheProbabilityWeightedMean() {
		MixtureDistribution mixture = FACTORY.createMixtureDistribution();
		mixture.getBranches().add(branch(0.9, exponential(10, "ms")));
		mixture.getBranches().add(branch(0.1, exponential(910, "ms")));
		assertMean(0.1, Moments.mean(asService(mixture)), "0.9 x 10 ms + 0.1 x 910 ms = 9 ms + 91 ms = 100 ms");
	}

	@Test
	void nestedMixtureIsWeightedAtEachLevel() {
		MixtureDistribution inner = FACTORY.createMixtureDistribution();
		inner.getBranches().add(branch(0.5, exponential(20, "ms")));
		inner.getBranches().add(branch(0.5, exponential(60, "ms")));
		ConstantDistribution slow = FACTORY.createConstantDistribution();
		slow.setValue(q(1, "s"));
		MixtureDistribution outer = FACTORY.createMixtureDistribution();
		outer.getBranches().add(branch(0.75, inner));
		outer.getBranches().add(branch(0.25, slow));
		assertMean(0.28, Moments.mean(asService(outer)),
				"inner = 0.5 x 20 ms + 0.5 x 60 ms = 40 ms; outer = 0.75 x 40 ms + 0.25 x 1000 ms = 280 ms");
	}

	@Test
	void tokenDistributionsAreInTokens() {
		Workload workload = FACTORY.createWorkload();
		UniformDistribution prompt = FACTORY.createUniformDistribution();
		prompt.setLow(q(128, "tokens"));
		prompt.setHigh(q(2, "k"));
		workload.setPrompt(prompt);
		assertMean(1064, Moments.mean(prompt), "(128 + 2000) tokens / 2 = 1064 tokens");
	}

	@Test
	void poissonRateIsItsRate() {
		PoissonArrivals poisson = FACTORY.createPoissonArrivals();
		poisson.setRate(q(120, "/min"));
		assertMean(2, Moments.meanRate(asArrivals(poisson)), "120 /min = 2 /s");
	}

	@Test
	void constantRateIsItsRate() {
		ConstantArrivals constant = FACTORY.createConstantArrivals();
		constant.setRate(q(50, "/s"));
		assertMean(50, Moments.meanRate(asArrivals(constant)), "50 /s");
	}

	@Test
	void onOffRateIsTheRateTimesTheOnShare() {
		OnOffArrivals onOff = FACTORY.createOnOffArrivals();
		onOff.setRate(q(100, "/s"));
		onOff.setOn(q(2, "s"));
		onOff.setOff(q(8000, "ms"));
		assertMean(20, Moments.meanRate(asArrivals(onOff)), "100 /s x 2 s / (2 s + 8 s) = 20 /s");
	}

	@Test
	void traceHasNoMeanRateBeforeItIsRead() {
		TraceArrivals trace = FACTORY.createTraceArrivals();
		trace.setFile("arrivals.csv");
		assertEquals(OptionalDouble.empty(), Moments.meanRate(asArrivals(trace)));
	}

	@Test
	void incompletePartsGiveNoMean() {
		assertEquals(OptionalDouble.empty(), Moments.mean(asService(FACTORY.createExponentialDistribution())),
				"exponential without a mean");
		UniformDistribution halfUniform = FACTORY.createUniformDistribution();
		halfUniform.setLow(q(1, "ms"));
		assertEquals(OptionalDouble.empty(), Moments.mean(asService(halfUniform)), "uniform without high");
		assertEquals(OptionalDouble.empty(), Moments.mean(asService(FACTORY.createMixtureDistribution())),
				"mixture without branches");
		MixtureDistribution emptyBranch = FACTORY.createMixtureDistribution();
		emptyBranch.getBranches().add(branch(0.5, exponential(1, "ms")));
		emptyBranch.getBranches().add(branch(0.5, null));
		assertEquals(OptionalDouble.empty(), Moments.mean(asService(emptyBranch)), "branch without a distribution");
		OnOffArrivals noOff = FACTORY.createOnOffArrivals();
		noOff.setRate(q(100, "/s"));
		noOff.setOn(q(2, "s"));
		assertEquals(OptionalDouble.empty(), Moments.meanRate(asArrivals(noOff)), "on/off without off");
		assertEquals(OptionalDouble.empty(), Moments.meanRate(asArrivals(FACTORY.createPoissonArrivals())),
				"poisson without a rate");
	}

	@Test
	void wrongUnitsGiveNoMeanInsteadOfAnException() {
		assertEquals(OptionalDouble.empty(), Moments.mean(asService(exponential(10, "GB"))), "a service time in GB");
		assertEquals(OptionalDouble.empty(), Moments.mean(asService(exponential(10, ""))), "a service time without unit");
		MixtureDistribution mixture = FACTORY.createMixtureDistribution();
		mixture.getBranches().add(branch(0.9, exponential(10, "ms")));
		mixture.getBranches().add(branch(0.1, exponential(1, "tokens")));
		assertEquals(OptionalDouble.empty(), Moments.mean(asService(mixture)), "one branch in tokens");
		PoissonArrivals poisson = FACTORY.createPoissonArrivals();
		poisson.setRate(q(5, "ms"));
		assertEquals(OptionalDouble.empty(), Moments.meanRate(asArrivals(poisson)), "a rate in ms");
		OnOffArrivals onOff = FACTORY.createOnOffArrivals();
		onOff.setRate(q(100, "/s"));
		onOff.setOn(q(2, "/s"));
		onOff.setOff(q(8, "s"));
		assertEquals(OptionalDouble.empty(), Moments.meanRate(asArrivals(onOff)), "an on period in /s");
	}

	@Test
	void aDistributionOutsideAnyAnnotatedFeatureGivesNoMean() {
		assertEquals(OptionalDouble.empty(), Moments.mean(exponential(10, "ms")),
				"without a holding feature the unit cannot be read");
	}
}
