package org.aiaas.sim.compute;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How many bytes one weight, activation or KV-cache value takes in memory; this sets the bytes
 * the roofline charges for every value moved.
 */
public enum NumberFormat {
	FP32(4), FP16(2), BF16(2), FP8(1), INT8(1);

	private final int bytes;

	NumberFormat(int bytes) {
		this.bytes = bytes;
	}

	/** Bytes per value. */
	public double bytes() {
		return bytes;
	}

	/**
	 * The format written in a scenario, case-insensitive: {@code "fp16"}, {@code "BF16"}.
	 *
	 * @throws IllegalArgumentException if the literal names no format
	 */
	public static NumberFormat of(String literal) {
		Objects.requireNonNull(literal, "the number format literal");
		String wanted = literal.trim().toUpperCase(Locale.ROOT);
		for (NumberFormat format : values()) {
			if (format.name().equals(wanted)) {
				return format;
			}
		}
		throw new IllegalArgumentException("literal '" + literal + "' is not a number format; expected one of "
				+ Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
	}
}
