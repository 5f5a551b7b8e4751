package org.aiaas.cli.train;

import java.io.PrintStream;
import java.util.Locale;

import org.aiaas.train.api.EpochResult;
import org.aiaas.train.api.TrainingHistory;

/** Formats a training run for the terminal: one line per epoch, then a summary. */
final class EpochPrinter {

	private final PrintStream out;
	private final int epochs;

	EpochPrinter(PrintStream out, int epochs) {
		this.out = out;
		this.epochs = epochs;
	}

	void epoch(EpochResult e) {
		int width = Integer.toString(epochs).length();
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  epoch %" + width + "d/%d  loss %.4f",
				e.epoch(), epochs, e.trainLoss()));
		if (Double.isFinite(e.trainAccuracy())) {
			line.append(String.format(Locale.ROOT, "  acc %5.1f %%", 100 * e.trainAccuracy()));
		}
		if (Double.isFinite(e.validationLoss())) {
			line.append(String.format(Locale.ROOT, "  val loss %.4f", e.validationLoss()));
		}
		if (Double.isFinite(e.validationAccuracy())) {
			line.append(String.format(Locale.ROOT, "  val acc %5.1f %%", 100 * e.validationAccuracy()));
		}
		line.append(String.format(Locale.ROOT, "  (%.2f s)", e.seconds()));
		out.println(line);
		out.flush();
	}

	void summary(TrainingHistory history, int trainSamples) {
		double seconds = history.epochs().stream().mapToDouble(EpochResult::seconds).sum();
		out.println(String.format(Locale.ROOT, "  %s; kept epoch %d (lowest validation loss)", history.stopReason(),
				history.bestEpoch()));
		StringBuilder test = new StringBuilder(String.format(Locale.ROOT, "  test loss %.4f", history.testLoss()));
		if (Double.isFinite(history.testAccuracy())) {
			test.append(String.format(Locale.ROOT, ", test accuracy %.1f %%", 100 * history.testAccuracy()));
		}
		test.append(String.format(Locale.ROOT, "; %d epochs in %.1f s (%.1f epochs/s, %.0f samples/s)",
				history.epochs().size(), seconds, history.epochs().size() / seconds,
				history.epochs().size() * (double) trainSamples / seconds));
		out.println(test);
	}
}
