package org.aiaas.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.aiaas.sim.api.SimulationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result files appear whole or not at all, and leave no temporary files behind. */
class ReportFilesTest {

	@TempDir
	Path dir;

	private final SimulationResult result = SampleResults.of("s", SampleResults.fcfs());

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void writesTheThreeFilesIntoANewFolderAndNothingElse() throws IOException {
		Path out = dir.resolve("a/b/out");
		ReportFiles.writeAll(result, out);
		assertEquals(List.of("report.html", "results.csv", "results.json"), names(out));
		assertEquals(ResultsJson.toJson(result), Files.readString(out.resolve("results.json"), StandardCharsets.UTF_8));
		assertEquals(ResultsCsv.toCsv(result), Files.readString(out.resolve("results.csv"), StandardCharsets.UTF_8));
		assertEquals(HtmlReport.toHtml(result), Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8));
	}

	@Test
	void replacesTheFilesOfAnEarlierRun() throws IOException {
		Files.writeString(dir.resolve("results.json"), "old");
		ReportFiles.writeAll(result, dir);
		assertEquals(ResultsJson.toJson(result), Files.readString(dir.resolve("results.json")));
		assertEquals(List.of("report.html", "results.csv", "results.json"), names(dir));
	}

	@Test
	void writesJsonAloneForTheJsonOption() throws IOException {
		Path file = dir.resolve("custom name.json");
		ReportFiles.writeJson(result, file);
		assertEquals(ResultsJson.toJson(result), Files.readString(file));
		assertEquals(List.of("custom name.json"), names(dir));
	}

	@Test
	void aFailedWriteNamesThePathKeepsTheTargetAndLeavesNoTemporaryFile() throws IOException {
		Path blocked = dir.resolve("results.json");
		Files.createDirectories(blocked.resolve("occupied"));
		IOException e = assertThrows(IOException.class, () -> ReportFiles.writeJson(result, blocked));
		assertTrue(e.getMessage().contains(blocked.toString()), e.getMessage());
		assertEquals(List.of("results.json"), names(dir));
		assertEquals(List.of("occupied"), names(blocked));
	}

	@Test
	void aMissingFolderIsReportedWithThePath() {
		Path file = dir.resolve("missing/results.json");
		IOException e = assertThrows(IOException.class, () -> ReportFiles.writeJson(result, file));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
	}
}
