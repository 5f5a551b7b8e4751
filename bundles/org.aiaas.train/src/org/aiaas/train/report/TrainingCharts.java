package org.aiaas.train.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.aiaas.sim.report.LineChart;
import org.aiaas.sim.report.SvgChart;
import org.aiaas.train.api.EpochResult;
import org.aiaas.train.federated.Aggregation;
import org.aiaas.train.federated.RoundResult;

/**
 * The charts of one job in report.html: loss and accuracy per epoch (train and validation), or
 * per round for a federated job, plus validation accuracy against simulated time with one line
 * per aggregating node.
 */
final class TrainingCharts {

	private TrainingCharts() {
	}

	static List<SvgChart> of(JobOutcome job) {
		List<SvgChart> charts = new ArrayList<>();
		if (job.isFederated()) {
			List<RoundResult> rounds = job.federatedHistory().rounds();
			charts.add(new LineChart(job.name() + ": loss per round", "round", "loss")
					.addSeries("clients' local (train)", points(rounds, RoundResult::round, RoundResult::trainLoss))
					.addSeries("global, validation", points(rounds, RoundResult::round, RoundResult::validationLoss)));
			charts.add(new LineChart(job.name() + ": accuracy per round", "round", "accuracy")
					.addSeries("global, validation", points(rounds, RoundResult::round, RoundResult::validationAccuracy))
					.yRange(0, 1).emptyMessage("no accuracy: a regression job"));
			LineChart time = new LineChart(job.name() + ": accuracy vs simulated time", "simulated time (s)",
					"validation accuracy");
			for (Aggregation a : job.federatedPlan().aggregations()) {
				time.addSeries("aggregate at " + a.node() + " (" + a.kind() + ")",
						points(rounds, r -> a.endOfRoundS(r.round()), RoundResult::validationAccuracy));
			}
			charts.add(time.yRange(0, 1).emptyMessage("no accuracy: a regression job"));
			return charts;
		}
		List<EpochResult> epochs = job.history().epochs();
		charts.add(new LineChart(job.name() + ": loss per epoch", "epoch", "loss")
				.addSeries("train", points(epochs, EpochResult::epoch, EpochResult::trainLoss))
				.addSeries("validation", points(epochs, EpochResult::epoch, EpochResult::validationLoss)));
		charts.add(new LineChart(job.name() + ": accuracy per epoch", "epoch", "accuracy")
				.addSeries("train", points(epochs, EpochResult::epoch, EpochResult::trainAccuracy))
				.addSeries("validation", points(epochs, EpochResult::epoch, EpochResult::validationAccuracy))
				.yRange(0, 1).emptyMessage("no accuracy: a regression job"));
		return charts;
	}

	private static <T> List<LineChart.Point> points(List<T> rows, ToDoubleFunction<T> x, ToDoubleFunction<T> y) {
		return rows.stream().map(r -> new LineChart.Point(x.applyAsDouble(r), y.applyAsDouble(r))).toList();
	}
}
