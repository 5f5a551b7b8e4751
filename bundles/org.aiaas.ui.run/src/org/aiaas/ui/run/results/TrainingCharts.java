package org.aiaas.ui.run.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.aiaas.train.api.EpochResult;

/**
 * The training curves: loss per epoch on the training set and, when there is one, the validation
 * set (live, from the epochs) and, for a training results file, per job loss and accuracy per epoch
 * or round and, for a federated job, validation accuracy against simulated time per aggregating node.
 */
public final class TrainingCharts {

	private TrainingCharts() {
	}

	public static ChartData.Lines loss(String job, List<EpochResult> epochs) {
		double[] x = epochs.stream().mapToDouble(EpochResult::epoch).toArray();
		List<ChartData.Series> series = new ArrayList<>();
		series.add(new ChartData.Series("training loss", x, epochs.stream().mapToDouble(EpochResult::trainLoss).toArray()));
		List<EpochResult> validated = epochs.stream().filter(e -> Double.isFinite(e.validationLoss())).toList();
		if (!validated.isEmpty()) {
			series.add(new ChartData.Series("validation loss", validated.stream().mapToDouble(EpochResult::epoch).toArray(),
					validated.stream().mapToDouble(EpochResult::validationLoss).toArray()));
		}
		return new ChartData.Lines("Loss per epoch: " + job, "Epoch", "Loss", series, Double.NaN);
	}

	/**
	 * Per job: loss per epoch (round), accuracy per epoch (round) when the file has any accuracy
	 * (none for a regression), and for a federated job accuracy against simulated time, one line per
	 * aggregating node. Null figures are left out of their line; a line without any point is omitted.
	 */
	public static List<ChartData> of(TrainingResults results) {
		List<ChartData> charts = new ArrayList<>();
		for (TrainingResults.Job job : results.jobs()) {
			String step = job.federated() ? "Round" : "Epoch";
			String per = job.federated() ? "per round" : "per epoch";
			List<ChartData.Series> loss = new ArrayList<>();
			addSeries(loss, "training loss", job.curve(), TrainingResults.Point::trainLoss);
			addSeries(loss, "validation loss", job.curve(), TrainingResults.Point::validationLoss);
			if (!loss.isEmpty()) {
				charts.add(new ChartData.Lines("Loss " + per + ": " + job.name(), step, "Loss", loss, Double.NaN));
			}
			List<ChartData.Series> accuracy = new ArrayList<>();
			addSeries(accuracy, "training accuracy", job.curve(), TrainingResults.Point::trainAccuracy);
			addSeries(accuracy, "validation accuracy", job.curve(), TrainingResults.Point::validationAccuracy);
			if (!accuracy.isEmpty()) {
				charts.add(new ChartData.Lines("Accuracy " + per + ": " + job.name(), step, "Accuracy", accuracy, 1.0));
			}
			List<ChartData.Series> timelines = new ArrayList<>();
			for (TrainingResults.NodeTimeline node : job.aggregation()) {
				List<double[]> points = new ArrayList<>();
				for (int i = 0; i < node.simulatedSeconds().length; i++) {
					if (Double.isFinite(node.validationAccuracy()[i])) {
						points.add(new double[] { node.simulatedSeconds()[i], node.validationAccuracy()[i] });
					}
				}
				if (!points.isEmpty()) {
					timelines.add(new ChartData.Series(node.node(), points.stream().mapToDouble(p -> p[0]).toArray(),
							points.stream().mapToDouble(p -> p[1]).toArray()));
				}
			}
			if (!timelines.isEmpty()) {
				charts.add(new ChartData.Lines("Accuracy against simulated time: " + job.name(), "Simulated time (s)",
						"Validation accuracy", timelines, 1.0));
			}
		}
		return charts;
	}

	private static void addSeries(List<ChartData.Series> into, String name, List<TrainingResults.Point> curve,
			ToDoubleFunction<TrainingResults.Point> value) {
		List<TrainingResults.Point> present = curve.stream().filter(p -> Double.isFinite(value.applyAsDouble(p))).toList();
		if (!present.isEmpty()) {
			into.add(new ChartData.Series(name, present.stream().mapToDouble(TrainingResults.Point::step).toArray(),
					present.stream().mapToDouble(value).toArray()));
		}
	}
}
