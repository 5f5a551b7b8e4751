package org.aiaas.ui.run.results;

/** A results file that cannot be read: not JSON, or not the documented layout. The message says where and what. */
public final class ResultsFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public ResultsFormatException(String message) {
		super(message);
	}
}
