package org.aiaas.sim.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import org.aiaas.sim.api.SimulationResult;

/**
 * Writes the result files so that none is ever half-written: each goes to a temporary file in
 * the same folder, is flushed to disk, and is then renamed over the target in one atomic step.
 * Interrupting the program (Ctrl-C) or a crash leaves either the old file or the new one; at
 * worst a hidden {@code .NAME.*.tmp} file remains.
 */
public final class ReportFiles {

	public static final String JSON = "results.json";
	public static final String CSV = "results.csv";
	public static final String HTML = "report.html";

	private ReportFiles() {
	}

	/**
	 * Writes results.json, results.csv and report.html into {@code outDir}, creating it when
	 * needed and replacing files of a previous run.
	 *
	 * @throws IOException naming the file that could not be written
	 */
	public static void writeAll(SimulationResult result, Path outDir) throws IOException {
		Objects.requireNonNull(result, "the simulation result");
		Objects.requireNonNull(outDir, "the output folder");
		try {
			Files.createDirectories(outDir);
		} catch (IOException e) {
			throw new IOException("cannot create the output folder " + outDir + ": " + e, e);
		}
		writeAtomically(outDir.resolve(JSON), ResultsJson.toJson(result));
		writeAtomically(outDir.resolve(CSV), ResultsCsv.toCsv(result));
		writeAtomically(outDir.resolve(HTML), HtmlReport.toHtml(result));
	}

	/** Writes results.json alone to {@code file} (the {@code --json FILE} option). */
	public static void writeJson(SimulationResult result, Path file) throws IOException {
		Objects.requireNonNull(result, "the simulation result");
		writeAtomically(file, ResultsJson.toJson(result));
	}

	/**
	 * Writes {@code text} as UTF-8 to {@code file} by way of a temporary file and an atomic
	 * rename. The folder of {@code file} must exist. On failure the temporary file is deleted and
	 * the previous content of {@code file}, if any, is untouched.
	 *
	 * @throws IOException naming {@code file}
	 */
	public static void writeAtomically(Path file, String text) throws IOException {
		Objects.requireNonNull(file, "the file to write");
		Path target = file.toAbsolutePath();
		Path temp = target.resolveSibling("." + target.getFileName() + "."
				+ Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
				while (bytes.hasRemaining()) {
					channel.write(bytes);
				}
				channel.force(true);
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			deleteQuietly(temp, e);
			throw new IOException("cannot write " + file + ": " + e, e);
		} catch (RuntimeException | Error e) {
			deleteQuietly(temp, e);
			throw e;
		}
	}

	private static void deleteQuietly(Path temp, Throwable cause) {
		try {
			Files.deleteIfExists(temp);
		} catch (IOException suppressed) {
			cause.addSuppressed(suppressed);
		}
	}
}
