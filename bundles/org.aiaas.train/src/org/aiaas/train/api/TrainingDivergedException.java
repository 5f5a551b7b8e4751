package org.aiaas.train.api;

/** Training stopped because the loss stopped being a finite number (NaN or infinite). */
public final class TrainingDivergedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int epoch;

	public TrainingDivergedException(int epoch, double loss, double learningRate) {
		super("training diverged in epoch " + epoch + ": the training loss became " + loss
				+ "; try a smaller learning rate than 'lr " + learningRate + "'");
		this.epoch = epoch;
	}

	public int epoch() {
		return epoch;
	}
}
