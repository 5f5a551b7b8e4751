package org.aiaas.train.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads training data from a comma-separated file: a header line of column names, then one sample
 * per line, every cell a number. One column is the label; the others are features. Blank lines and
 * lines starting with {@code #} are skipped. Any problem names the file, line and column.
 * <p>
 * For classification ({@code classification == true}) labels must be whole numbers 0, 1, …; the
 * number of classes is the largest label + 1.
 */
public final class CsvReader {

	private CsvReader() {
	}

	/** Reads {@code file}; {@code label} is the label column's name, or null for the last column. */
	public static Samples read(Path file, String label, boolean classification) throws CsvFormatException {
		String name = file.toString();
		List<String> lines = lines(file);
		int headerLine = headerLine(name, lines);
		List<String> header = cells(lines.get(headerLine)).stream().map(c -> c.text().trim()).toList();
		int labelColumn = label == null ? header.size() - 1 : header.indexOf(label);
		if (labelColumn < 0) {
			throw new CsvFormatException(name, headerLine + 1, 1,
					"no column named '" + label + "' for the label; the columns are " + String.join(", ", header));
		}
		if (header.size() < 2) {
			throw new CsvFormatException(name, headerLine + 1, 1, "expected at least two columns (features and a label)");
		}
		List<double[]> features = new ArrayList<>();
		List<Double> labels = new ArrayList<>();
		int classes = 0;
		for (int i = headerLine + 1; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			List<Cell> cells = rowCells(name, i + 1, line, header.size());
			double[] row = new double[header.size() - 1];
			for (int c = 0, f = 0; c < cells.size(); c++) {
				double value = number(name, i + 1, cells.get(c), header.get(c));
				if (c == labelColumn) {
					if (classification) {
						classes = Math.max(classes, classIndex(name, i + 1, cells.get(c), value) + 1);
					}
					labels.add(value);
				} else {
					row[f++] = value;
				}
			}
			features.add(row);
		}
		if (features.isEmpty()) {
			throw new CsvFormatException(name, headerLine + 1, 1, "no data lines after the header");
		}
		List<String> names = new ArrayList<>(header);
		names.remove(labelColumn);
		return new Samples(features.toArray(double[][]::new), labels.stream().mapToDouble(Double::doubleValue).toArray(),
				names, classification ? Math.max(classes, 2) : 0);
	}

	/**
	 * Reads the feature columns {@code names} (in that order) of every data line, for inference:
	 * other columns (a label, ids) are ignored; a missing column or a non-number names the file,
	 * line and column.
	 */
	public static double[][] readFeatures(Path file, List<String> names) throws CsvFormatException {
		String name = file.toString();
		List<String> lines = lines(file);
		int headerLine = headerLine(name, lines);
		List<String> header = cells(lines.get(headerLine)).stream().map(c -> c.text().trim()).toList();
		int[] columns = new int[names.size()];
		for (int f = 0; f < names.size(); f++) {
			columns[f] = header.indexOf(names.get(f));
			if (columns[f] < 0) {
				throw new CsvFormatException(name, headerLine + 1, 1, "no column named '" + names.get(f)
						+ "'; the model needs the features " + String.join(", ", names));
			}
		}
		List<double[]> rows = new ArrayList<>();
		for (int i = headerLine + 1; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			List<Cell> cells = rowCells(name, i + 1, line, header.size());
			double[] row = new double[names.size()];
			for (int f = 0; f < columns.length; f++) {
				row[f] = number(name, i + 1, cells.get(columns[f]), header.get(columns[f]));
			}
			rows.add(row);
		}
		if (rows.isEmpty()) {
			throw new CsvFormatException(name, headerLine + 1, 1, "no data lines after the header");
		}
		return rows.toArray(double[][]::new);
	}

	private static List<String> lines(Path file) throws CsvFormatException {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new CsvFormatException(file.toString(), 0, 0, "file not found");
		} catch (IOException e) {
			throw new CsvFormatException(file.toString(), 0, 0, "cannot be read: " + e.getMessage());
		}
	}

	/** The index of the header line (the first that is not blank or a comment). */
	private static int headerLine(String name, List<String> lines) throws CsvFormatException {
		int headerLine = firstDataLine(lines, 0);
		if (headerLine < 0) {
			throw new CsvFormatException(name, 1, 1, "empty file: expected a header line of column names");
		}
		return headerLine;
	}

	/** The cells of a data line, which must have as many as the header. */
	private static List<Cell> rowCells(String name, int lineNumber, String line, int columns)
			throws CsvFormatException {
		List<Cell> cells = cells(line);
		if (cells.size() != columns) {
			int column = cells.size() > columns ? cells.get(columns).column() : line.length() + 1;
			throw new CsvFormatException(name, lineNumber, column,
					"expected " + columns + " columns as in the header, found " + cells.size());
		}
		return cells;
	}

	private static int firstDataLine(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
				return i;
			}
		}
		return -1;
	}

	private static double number(String file, int line, Cell cell, String column) throws CsvFormatException {
		String text = cell.text().trim();
		try {
			double value = Double.parseDouble(text);
			if (Double.isFinite(value)) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new CsvFormatException(file, line, cell.column(),
				(text.isEmpty() ? "empty cell" : "'" + text + "'") + " in column '" + column + "' is not a number");
	}

	private static int classIndex(String file, int line, Cell cell, double value) throws CsvFormatException {
		if (value < 0 || value != Math.rint(value) || value > 10_000) {
			throw new CsvFormatException(file, line, cell.column(),
					"a class label must be a whole number 0, 1, 2, …; found " + cell.text().trim());
		}
		return (int) value;
	}

	/** The comma-separated cells of a line with their 1-based starting columns (no quoting). */
	private static List<Cell> cells(String line) {
		List<Cell> result = new ArrayList<>();
		int start = 0;
		while (true) {
			int comma = line.indexOf(',', start);
			int end = comma < 0 ? line.length() : comma;
			result.add(new Cell(line.substring(start, end), start + 1));
			if (comma < 0) {
				return result;
			}
			start = comma + 1;
		}
	}

	private record Cell(String text, int column) {
	}
}
