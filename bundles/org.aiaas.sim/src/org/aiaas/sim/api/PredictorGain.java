package org.aiaas.sim.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How much of the ideal gain a learned size predictor recovers: with mean responses R of the
 * baseline (fcfs), of the scheduler with predicted sizes and of the same scheduler with true
 * sizes, share = (R_fcfs − R_predicted) / (R_fcfs − R_true). 1 means as good as knowing every
 * size, 0 no better than FCFS; it can leave [0, 1] when the estimates are noisy.
 *
 * @param predicted the variant with predicted sizes, e.g. "sjf sizes predicted"
 * @param ideal     the same scheduler with true sizes, e.g. "sjf"
 * @param baseline  "fcfs"
 */
public record PredictorGain(String predicted, String ideal, String baseline, double share) {

	/** The suffix {@code sizes predicted} adds to a scheduler's variant name. */
	public static final String PREDICTED_SUFFIX = " sizes predicted";

	/**
	 * One entry per variant with predicted sizes whose true-size twin and an fcfs variant are in
	 * {@code variants} and whose mean responses are defined, and where true sizes do better than fcfs.
	 */
	public static List<PredictorGain> of(List<VariantResult> variants) {
		List<PredictorGain> gains = new ArrayList<>();
		Optional<Double> fcfs = meanResponse(variants, "fcfs");
		for (VariantResult variant : variants) {
			if (!variant.name().endsWith(PREDICTED_SUFFIX)) {
				continue;
			}
			String ideal = variant.name().substring(0, variant.name().length() - PREDICTED_SUFFIX.length());
			Optional<Double> predicted = meanResponse(variants, variant.name());
			Optional<Double> best = meanResponse(variants, ideal);
			if (fcfs.isPresent() && predicted.isPresent() && best.isPresent() && fcfs.get() > best.get()) {
				gains.add(new PredictorGain(variant.name(), ideal, "fcfs",
						(fcfs.get() - predicted.get()) / (fcfs.get() - best.get())));
			}
		}
		return gains;
	}

	private static Optional<Double> meanResponse(List<VariantResult> variants, String name) {
		return variants.stream().filter(v -> v.name().equals(name)).findFirst()
				.map(v -> v.metrics().get("meanResponseS")).filter(m -> m != null && m.mean() != null)
				.map(MetricValue::mean);
	}
}
