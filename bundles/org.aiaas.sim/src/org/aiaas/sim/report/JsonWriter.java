package org.aiaas.sim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * A small streaming JSON writer. Keys appear in the order they are written, numbers are printed
 * by one fixed rule ({@link #number(double)}), and non-finite numbers are refused, so equal input
 * always gives byte-identical output. Misuse (a value where a key is expected, unbalanced
 * containers) throws {@link IllegalStateException} rather than producing invalid JSON.
 *
 * <p>
 * Pretty-printed output puts every member of an object and every element of an array on its own
 * line, except inside {@link #beginInlineArray()} and {@link #beginInlineObject()}, which stay on
 * one line with everything nested in them (series of points, small records).
 */
public final class JsonWriter {

	private enum Kind {
		OBJECT, ARRAY
	}

	private static final class Frame {
		final Kind kind;
		final boolean inline;
		boolean empty = true;
		boolean afterName;

		Frame(Kind kind, boolean inline) {
			this.kind = kind;
			this.inline = inline;
		}
	}

	private final Appendable out;
	private final boolean pretty;
	private final Deque<Frame> stack = new ArrayDeque<>();
	private boolean done;

	/**
	 * @param out    where the text goes; an {@link IOException} from it becomes an
	 *               {@link UncheckedIOException}
	 * @param pretty two-space indentation and one member per line when true, no whitespace when
	 *               false
	 */
	public JsonWriter(Appendable out, boolean pretty) {
		this.out = Objects.requireNonNull(out, "the output");
		this.pretty = pretty;
	}

	public JsonWriter beginObject() {
		beforeValue();
		write("{");
		stack.push(new Frame(Kind.OBJECT, isInline()));
		return this;
	}

	/** Begins an object written on one line, whatever it contains. */
	public JsonWriter beginInlineObject() {
		beforeValue();
		write("{");
		stack.push(new Frame(Kind.OBJECT, true));
		return this;
	}

	public JsonWriter endObject() {
		return end(Kind.OBJECT, "}");
	}

	public JsonWriter beginArray() {
		beforeValue();
		write("[");
		stack.push(new Frame(Kind.ARRAY, isInline()));
		return this;
	}

	/** Begins an array written on one line, whatever it contains. */
	public JsonWriter beginInlineArray() {
		beforeValue();
		write("[");
		stack.push(new Frame(Kind.ARRAY, true));
		return this;
	}

	public JsonWriter endArray() {
		return end(Kind.ARRAY, "]");
	}

	/** Writes the key of the next member of the current object. */
	public JsonWriter name(String name) {
		Objects.requireNonNull(name, "a member name");
		Frame frame = stack.peek();
		if (frame == null || frame.kind != Kind.OBJECT || frame.afterName) {
			throw new IllegalStateException("a member name \"" + name + "\" is only allowed inside an object");
		}
		separate(frame);
		write(quote(name));
		write(pretty ? ": " : ":");
		frame.afterName = true;
		return this;
	}

	/** Writes a string, or {@code null} when the string is null. */
	public JsonWriter value(String value) {
		beforeValue();
		write(value == null ? "null" : quote(value));
		return this;
	}

	public JsonWriter value(long value) {
		beforeValue();
		write(Long.toString(value));
		return this;
	}

	/** Writes a finite number; NaN and infinities are refused because JSON has no such values. */
	public JsonWriter value(double value) {
		String text = number(value);
		beforeValue();
		write(text);
		return this;
	}

	/** Writes a number, or {@code null} when it is null. */
	public JsonWriter value(Double value) {
		return value == null ? nullValue() : value(value.doubleValue());
	}

	public JsonWriter value(boolean value) {
		beforeValue();
		write(Boolean.toString(value));
		return this;
	}

	public JsonWriter nullValue() {
		beforeValue();
		write("null");
		return this;
	}

	/** Ends the document; every container must be closed. Adds a final newline when pretty. */
	public void finish() {
		if (!stack.isEmpty() || !done) {
			throw new IllegalStateException("the JSON document is incomplete");
		}
		if (pretty) {
			write("\n");
		}
	}

	/**
	 * The one number format of every file we write: {@link Double#toString(double)}, which since
	 * Java 19 is the shortest decimal that reads back as the same double, with negative zero
	 * written as {@code 0.0}. Examples: {@code 0.25}, {@code 1000.0}, {@code 1.0E-5}.
	 *
	 * @throws IllegalArgumentException for NaN and infinities
	 */
	public static String number(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("JSON has no " + value + "; write null with a reason instead");
		}
		return value == 0.0 ? "0.0" : Double.toString(value);
	}

	/**
	 * The JSON string literal of {@code text}: quotes, backslash and control characters are
	 * escaped, as are U+2028, U+2029 and unpaired surrogates; other characters are kept as they
	 * are (files are UTF-8).
	 */
	public static String quote(String text) {
		StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> sb.append("\\\"");
			case '\\' -> sb.append("\\\\");
			case '\b' -> sb.append("\\b");
			case '\f' -> sb.append("\\f");
			case '\n' -> sb.append("\\n");
			case '\r' -> sb.append("\\r");
			case '\t' -> sb.append("\\t");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029' || isUnpairedSurrogate(text, i)) {
					sb.append(String.format("\\u%04x", (int) c));
				} else {
					sb.append(c);
				}
			}
			}
		}
		return sb.append('"').toString();
	}

	private static boolean isUnpairedSurrogate(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
		}
		return false;
	}

	private JsonWriter end(Kind kind, String bracket) {
		Frame frame = stack.peek();
		if (frame == null || frame.kind != kind || frame.afterName) {
			throw new IllegalStateException("cannot close " + kind.name().toLowerCase() + " here");
		}
		stack.pop();
		if (!frame.empty && pretty && !frame.inline) {
			newline();
		}
		write(bracket);
		if (stack.isEmpty()) {
			done = true;
		}
		return this;
	}

	private void beforeValue() {
		Frame frame = stack.peek();
		if (frame == null) {
			if (done) {
				throw new IllegalStateException("a JSON document has one top-level value");
			}
			done = true;
			return;
		}
		if (frame.kind == Kind.OBJECT) {
			if (!frame.afterName) {
				throw new IllegalStateException("a value inside an object needs a member name first");
			}
			frame.afterName = false;
		} else {
			separate(frame);
		}
	}

	private void separate(Frame frame) {
		if (!frame.empty) {
			write(pretty && frame.inline ? ", " : ",");
		}
		frame.empty = false;
		if (pretty && !frame.inline) {
			newline();
		}
	}

	private boolean isInline() {
		Frame frame = stack.peek();
		return frame != null && frame.inline;
	}

	private void newline() {
		write("\n");
		write("  ".repeat(stack.size()));
	}

	private void write(String text) {
		try {
			out.append(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
