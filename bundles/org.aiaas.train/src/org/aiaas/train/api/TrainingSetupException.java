package org.aiaas.train.api;

/** A training job that cannot start: unreadable data, or a network that does not fit its data. */
public final class TrainingSetupException extends Exception {

	private static final long serialVersionUID = 1L;

	public TrainingSetupException(String message) {
		super(message);
	}
}
