package org.aiaas.sim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aiaas.sim.api.MetricValue;
import org.aiaas.sim.api.TrainingJobResult;
import org.aiaas.sim.stats.ConfidenceIntervals;

/** Combines the replications' start and finish times of the cluster training jobs. */
final class TrainingFigures {

	private TrainingFigures() {
	}

	static List<TrainingJobResult> results(Plan plan, List<ReplicationOutcome> outcomes, double level) {
		List<TrainingJobResult> results = new ArrayList<>();
		for (int j = 0; j < plan.training().size(); j++) {
			int job = j;
			TrainingJobPlan trainingJob = plan.training().get(j);
			double[] starts = outcomes.stream().mapToDouble(o -> o.trainingStarted[job]).filter(t -> !Double.isNaN(t))
					.toArray();
			double[] completions = Arrays.stream(starts).map(t -> t + trainingJob.runSeconds()).toArray();
			int finished = (int) outcomes.stream().filter(o -> !Double.isNaN(o.trainingFinished[job])).count();
			String never = "the job never held all its accelerators within the simulated time";
			List<String> nodeNames = Arrays.stream(trainingJob.nodes()).mapToObj(n -> plan.nodes().get(n).name())
					.toList();
			results.add(new TrainingJobResult(trainingJob.name(), nodeNames, trainingJob.accelerators(),
					trainingJob.flops(), trainingJob.steps(), trainingJob.stepSeconds(), trainingJob.runSeconds(),
					trainingJob.accelerators() * trainingJob.runSeconds() / 3600,
					starts.length == 0 ? MetricValue.undefined(never) : ConfidenceIntervals.of(starts, level),
					completions.length == 0 ? MetricValue.undefined(never) : ConfidenceIntervals.of(completions, level),
					finished));
		}
		return results;
	}
}
