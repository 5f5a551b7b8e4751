package org.aiaas.dsl.quickfix;

import java.util.Objects;

/**
 * One way to fix an issue: replace {@code length} characters at {@code offset} by
 * {@code replacement}. {@code original} is the text the fix expects there, so that a fix computed
 * for an older version of the text is refused rather than applied in the wrong place.
 */
public record TextFix(String label, int offset, int length, String original, String replacement) {

	public TextFix {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(original, "original");
		Objects.requireNonNull(replacement, "replacement");
		if (offset < 0 || length < 0) {
			throw new IllegalArgumentException("negative region " + offset + "+" + length);
		}
	}

	/** Whether the text still holds what the fix was computed for. */
	public boolean appliesTo(String text) {
		return offset + length <= text.length() && text.substring(offset, offset + length).equals(original);
	}

	/** The text with the fix applied. */
	public String applyTo(String text) {
		if (!appliesTo(text)) {
			throw new IllegalStateException("the text changed: expected '" + original + "' at " + offset);
		}
		return text.substring(0, offset) + replacement + text.substring(offset + length);
	}
}
