package org.aiaas.train.nn;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * The floating-point type a {@link NeuralNetwork} computes in. Named by our own enum so that bundles
 * which cannot see ND4J (the CLI, the tests) can choose it.
 */
public enum Precision {

	/** IEEE binary64: what gradient checks by finite differences need (their error is ~1e−10). */
	FP64(DataType.DOUBLE),
	/**
	 * IEEE binary32 (24-bit significand, relative rounding 6e−8): half the memory and about twice the
	 * matrix-multiply speed of FP64, and plenty for gradient descent, whose steps are far coarser.
	 */
	FP32(DataType.FLOAT);

	private final DataType dataType;

	Precision(DataType dataType) {
		this.dataType = dataType;
	}

	/** ND4J's type for this precision. */
	public DataType dataType() {
		return dataType;
	}

	/** The precision of an ND4J array type: FLOAT is FP32, DOUBLE is FP64; others are refused. */
	public static Precision of(DataType type) {
		for (Precision p : values()) {
			if (p.dataType == type) {
				return p;
			}
		}
		throw new IllegalArgumentException("a network computes in DOUBLE or FLOAT, not " + type);
	}
}
