package org.aiaas.diagram.overlay;

/** A results file that cannot be overlaid; the message names the file and, when known, the line. */
public final class ResultsException extends Exception {

	private static final long serialVersionUID = 1L;

	public ResultsException(String message) {
		super(message);
	}
}
