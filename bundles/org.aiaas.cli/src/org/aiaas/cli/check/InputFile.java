package org.aiaas.cli.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pre-check of a file named on the command line, before the parser sees it: it must exist, be
 * a readable regular file of sane size, hold text in UTF-8 and not be empty. Each problem becomes
 * one clear line instead of a parser message about "mismatched input" or a stack trace.
 */
public final class InputFile {

	/** The largest file accepted: far above any hand-written scenario, far below what hurts memory. */
	public static final long SIZE_LIMIT_BYTES = 20L * 1024 * 1024;

	/** The extension of scenario files. */
	public static final String EXTENSION = ".aiaas";

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** What the pre-check found. */
	public sealed interface Outcome permits Accepted, Rejected, Unreadable {
	}

	/** The file can be parsed; {@code findings} may hold warnings (e.g. the extension). */
	public record Accepted(Path path, String text, List<Finding> findings) implements Outcome {
	}

	/** The file was read but its content is no scenario text (empty, binary, not UTF-8). */
	public record Rejected(List<Finding> findings) implements Outcome {
	}

	/** The file could not be read at all (missing, a directory, too large, no permission). */
	public record Unreadable(String reason) implements Outcome {
	}

	private InputFile() {
	}

	/** Pre-checks the file the user named {@code typed}, relative to the current directory. */
	public static Outcome read(String typed) {
		Path path;
		try {
			path = Path.of(typed);
		} catch (InvalidPathException e) {
			return new Unreadable("not a valid file name (" + e.getReason() + ")");
		}
		if (Files.isDirectory(path)) {
			// "examples/" is typed as often as "examples"; the hint should not read "examples//*.aiaas".
			String folder = typed.length() > 1 ? typed.replaceAll("/+$", "") : typed;
			return new Unreadable("is a directory; name the " + EXTENSION + " files in it, e.g. " + folder
					+ "/*" + EXTENSION);
		}
		if (!Files.exists(path)) {
			return new Unreadable("no such file");
		}
		if (!Files.isRegularFile(path)) {
			return new Unreadable("not a regular file");
		}
		byte[] bytes;
		try {
			if (Files.size(path) > SIZE_LIMIT_BYTES) {
				return tooLarge(Files.size(path));
			}
			bytes = readAtMostLimit(path);
		} catch (NoSuchFileException e) {
			return new Unreadable("no such file");
		} catch (AccessDeniedException e) {
			return new Unreadable("permission denied");
		} catch (IOException | SecurityException e) {
			return new Unreadable("cannot be read: " + e.getMessage());
		}
		if (bytes.length > SIZE_LIMIT_BYTES) {
			return tooLarge(bytes.length);
		}
		return inspect(path, typed, bytes);
	}

	/** Reads at most one byte more than the limit, in case the file grew since its size was taken. */
	private static byte[] readAtMostLimit(Path path) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			return in.readNBytes((int) SIZE_LIMIT_BYTES + 1);
		}
	}

	private static Unreadable tooLarge(long size) {
		// Locale.ROOT: the same digits and separators whatever the user's locale, so scripts can match the line.
		return new Unreadable(String.format(Locale.ROOT, "is too large for a scenario (%,d bytes; the limit is %d MB, %,d bytes)",
				size, SIZE_LIMIT_BYTES / 1048576, SIZE_LIMIT_BYTES));
	}

	/** The content checks, on bytes already read. */
	static Outcome inspect(Path path, String typed, byte[] bytes) {
		int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
		if (bytes.length == start) {
			return new Rejected(List.of(Finding.fileError("the file is empty; a scenario starts with 'scenario NAME {'")));
		}
		int nul = indexOf(bytes, (byte) 0);
		if (nul >= 0) {
			return new Rejected(List.of(at(bytes, nul, "the file is binary (a NUL byte at offset " + nul
					+ "), not a scenario text")));
		}
		CharBuffer text = CharBuffer.allocate(bytes.length);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CoderResult result = decoder.decode(in, text, true);
		if (result.isError()) {
			int offset = in.position();
			return new Rejected(List.of(at(bytes, offset, String.format(Locale.ROOT,
					"the file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8 text",
					bytes[offset] & 0xFF, offset))));
		}
		decoder.flush(text);
		List<Finding> findings = new ArrayList<>();
		if (!typed.endsWith(EXTENSION)) {
			findings.add(new Finding(Finding.Severity.WARNING, 1, 1,
					"the file name does not end in " + EXTENSION + "; checking it as a scenario anyway"));
		}
		return new Accepted(path, text.flip().toString(), List.copyOf(findings));
	}

	/** A file error placed at the line and (byte) column of {@code offset}, so editors jump there. */
	private static Finding at(byte[] bytes, int offset, String message) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Finding(Finding.Severity.ERROR, line, offset - lineStart + 1, message);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] bytes, byte value) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == value) {
				return i;
			}
		}
		return -1;
	}
}
