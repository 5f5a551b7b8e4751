package org.aiaas.diagram;

import java.util.Objects;

/**
 * A figure from a run drawn on top of a diagram element: a short text ("util 46 %") and a level
 * 0..1 that colours it from green (idle) to red (saturated).
 */
public record Overlay(String text, double level) {

	public Overlay {
		Objects.requireNonNull(text, "text");
		if (!(level >= 0)) {
			throw new IllegalArgumentException("overlay level must be 0 or more, got " + level);
		}
	}
}
