package org.aiaas.sim.engine;

/**
 * A scenario that validates but cannot be simulated (yet), with a message for the user that
 * names the element and says what to change.
 */
public class ScenarioException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ScenarioException(String message) {
		super(message);
	}

	public ScenarioException(String message, Throwable cause) {
		super(message, cause);
	}
}
