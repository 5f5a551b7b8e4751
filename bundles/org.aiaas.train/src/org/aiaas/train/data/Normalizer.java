package org.aiaas.train.data;

/**
 * Standardises features to mean 0 and standard deviation 1 with statistics fitted on the
 * <em>training</em> split only: fitting on all data would leak the validation and test sets into
 * training and make their scores optimistic. A constant feature keeps scale 1.
 */
public record Normalizer(double[] mean, double[] scale) {

	/** The mean and (population) standard deviation of each column of {@code train}. */
	public static Normalizer fit(double[][] train) {
		if (train.length == 0) {
			throw new IllegalArgumentException("cannot fit a normalisation on no samples");
		}
		int columns = train[0].length;
		double[] mean = new double[columns];
		double[] scale = new double[columns];
		for (double[] row : train) {
			for (int c = 0; c < columns; c++) {
				mean[c] += row[c] / train.length;
			}
		}
		for (double[] row : train) {
			for (int c = 0; c < columns; c++) {
				scale[c] += (row[c] - mean[c]) * (row[c] - mean[c]) / train.length;
			}
		}
		for (int c = 0; c < columns; c++) {
			scale[c] = scale[c] > 1e-24 ? Math.sqrt(scale[c]) : 1;
		}
		return new Normalizer(mean, scale);
	}

	/** (x − mean) / scale, as new rows. */
	public double[][] apply(double[][] rows) {
		double[][] result = new double[rows.length][];
		for (int r = 0; r < rows.length; r++) {
			result[r] = apply(rows[r]);
		}
		return result;
	}

	/** One row, normalised. */
	public double[] apply(double[] row) {
		if (row.length != mean.length) {
			throw new IllegalArgumentException("expected " + mean.length + " features, got " + row.length);
		}
		double[] result = new double[row.length];
		for (int c = 0; c < row.length; c++) {
			result[c] = (row[c] - mean[c]) / scale[c];
		}
		return result;
	}
}
