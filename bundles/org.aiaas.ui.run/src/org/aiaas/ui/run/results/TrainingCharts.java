package org.aiaas.ui.run.results;

import java.util.ArrayList;
import java.util.List;

import org.aiaas.train.api.EpochResult;

/** The training curve: loss per epoch on the training set and, when there is one, the validation set. */
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
}
