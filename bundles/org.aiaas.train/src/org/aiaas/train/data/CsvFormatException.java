package org.aiaas.train.data;

/**
 * A CSV file that cannot be used as training data. The message starts with
 * {@code file:line:column:} (1-based, like a compiler) so editors and terminals can jump there.
 */
public final class CsvFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;
	private final int column;

	public CsvFormatException(String file, int line, int column, String problem) {
		super(file + ":" + line + ":" + column + ": " + problem);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}
}
