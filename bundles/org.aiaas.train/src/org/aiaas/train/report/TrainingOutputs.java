package org.aiaas.train.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aiaas.sim.report.ReportFiles;

/**
 * Writes results.json and report.html of a training run into its output folder, each atomically
 * like the simulation's files ({@link ReportFiles#writeAtomically}).
 */
public final class TrainingOutputs {

	private TrainingOutputs() {
	}

	/** @throws IOException naming the file or folder that could not be written */
	public static void write(Path outDir, String scenario, long seed, List<JobOutcome> jobs) throws IOException {
		try {
			Files.createDirectories(outDir);
		} catch (IOException e) {
			throw new IOException("cannot create the output folder " + outDir + ": " + e, e);
		}
		ReportFiles.writeAtomically(outDir.resolve(ReportFiles.JSON), TrainingResultsJson.toJson(scenario, seed, jobs));
		ReportFiles.writeAtomically(outDir.resolve(ReportFiles.HTML), TrainingReport.toHtml(scenario, seed, jobs));
	}
}
