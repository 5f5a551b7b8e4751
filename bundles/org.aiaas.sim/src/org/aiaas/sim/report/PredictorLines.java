package org.aiaas.sim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aiaas.sim.api.PredictorGain;
import org.aiaas.sim.api.PredictorSummary;
import org.aiaas.sim.api.SimulationResult;

/**
 * The sentences the summary and the report print about a learned size predictor, e.g.
 * "predictor R² 0.93 on 1000 held-out requests (ln-seconds R² 0.97; trained on 4000 of 5000 pilot
 * requests; dense …)" and "sjf sizes predicted recovers 78 % of the gain of sjf over fcfs".
 */
public final class PredictorLines {

	private PredictorLines() {
	}

	/** No lines when the run used no predictor. */
	public static List<String> of(SimulationResult result) {
		PredictorSummary p = result.predictor();
		List<String> lines = new ArrayList<>();
		if (p == null) {
			return lines;
		}
		lines.add(String.format(Locale.ROOT,
				"predictor R² %.3f on %d held-out requests (R² of ln seconds %.3f; trained on %d of %d pilot requests; %s)",
				p.r2(), p.heldOutSamples(), p.r2Log(), p.trainSamples(), p.samples(), p.model()));
		for (PredictorGain gain : PredictorGain.of(ResultsJson.nonNull(result.variants()))) {
			lines.add(String.format(Locale.ROOT, "%s recovers %.0f %% of the gain of %s over %s", gain.predicted(),
					100 * gain.share(), gain.ideal(), gain.baseline()));
		}
		return lines;
	}
}
