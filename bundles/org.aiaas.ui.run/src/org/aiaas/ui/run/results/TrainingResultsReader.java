package org.aiaas.ui.run.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aiaas.train.report.TrainingResultsJson;
import org.aiaas.ui.run.results.ResultsReader.Fields;

/**
 * Reads a training results file ({@code aiaas train}'s results.json, the workbench's
 * {@code <job>.training.json}; schema {@value TrainingResultsJson#SCHEMA}) for the results editor.
 * Keys added by later versions of the schema are ignored.
 */
public final class TrainingResultsReader {

	private TrainingResultsReader() {
	}

	/** Whether this JSON text declares the training schema (false for anything else, even bad JSON). */
	public static boolean isTrainingFile(String json) {
		try {
			return JsonReader.parse(json) instanceof java.util.Map<?, ?> map
					&& TrainingResultsJson.SCHEMA.equals(map.get("schema"));
		} catch (ResultsFormatException e) {
			return false;
		}
	}

	/**
	 * @throws ResultsFormatException naming the file and what is wrong
	 * @throws IOException            when the file cannot be read
	 */
	public static TrainingResults read(Path file) throws IOException, ResultsFormatException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		try {
			return parse(text);
		} catch (ResultsFormatException e) {
			String separator = Character.isDigit(e.getMessage().charAt(0)) ? ":" : ": ";
			throw new ResultsFormatException(file + separator + e.getMessage());
		}
	}

	/** @throws ResultsFormatException saying what is wrong (JSON errors with line:column) */
	public static TrainingResults parse(String json) throws ResultsFormatException {
		Fields top = Fields.of(JsonReader.parse(json), "the top level");
		String schema = top.string("schema");
		if (!TrainingResultsJson.SCHEMA.equals(schema)) {
			throw new ResultsFormatException("not a training results file of schema " + TrainingResultsJson.SCHEMA
					+ " (schema is '" + schema + "')");
		}
		List<TrainingResults.Job> jobs = new ArrayList<>();
		for (Object j : top.list("jobs")) {
			jobs.add(job(Fields.of(j, "a job")));
		}
		return new TrainingResults(top.string("scenario"), top.whole("seed"), List.copyOf(jobs));
	}

	private static TrainingResults.Job job(Fields j) throws ResultsFormatException {
		String name = j.string("name");
		Fields job = new Fields(j.map(), "job '" + name + "'");
		String kind = job.string("kind");
		boolean federated = switch (kind) {
		case "federated" -> true;
		case "centralised" -> false;
		default -> throw new ResultsFormatException(
				"\"kind\" of job '" + name + "' must be centralised or federated, not '" + kind + "'");
		};
		Fields samples = Fields.of(job.get("samples"), "samples of job '" + name + "'");
		Fields test = Fields.of(job.get("test"), "test of job '" + name + "'");
		List<TrainingResults.Point> curve = new ArrayList<>();
		List<TrainingResults.NodeTimeline> aggregation = new ArrayList<>();
		long bestEpoch = 0;
		String stopReason = null;
		long rounds = 0;
		if (federated) {
			rounds = Fields.of(job.get("federated"), "federated of job '" + name + "'").whole("rounds");
			for (Object r : job.list("rounds")) {
				Fields round = Fields.of(r, "a round of job '" + name + "'");
				curve.add(new TrainingResults.Point(round.whole("round"), nan(round.numberOrNull("trainLoss")), Double.NaN,
						nan(round.numberOrNull("validationLoss")), nan(round.numberOrNull("validationAccuracy"))));
			}
			for (Object a : job.list("aggregation")) {
				aggregation.add(timeline(Fields.of(a, "an aggregation of job '" + name + "'")));
			}
		} else {
			for (Object e : job.list("epochs")) {
				Fields epoch = Fields.of(e, "an epoch of job '" + name + "'");
				curve.add(new TrainingResults.Point(epoch.whole("epoch"), nan(epoch.numberOrNull("trainLoss")),
						nan(epoch.numberOrNull("trainAccuracy")), nan(epoch.numberOrNull("validationLoss")),
						nan(epoch.numberOrNull("validationAccuracy"))));
			}
			bestEpoch = job.whole("bestEpoch");
			stopReason = job.string("stopReason");
		}
		return new TrainingResults.Job(name, federated, job.string("network"), samples.whole("train"),
				samples.whole("validation"), samples.whole("test"), List.copyOf(curve), bestEpoch, stopReason, rounds,
				List.copyOf(aggregation), nan(test.numberOrNull("loss")), nan(test.numberOrNull("accuracy")));
	}

	private static TrainingResults.NodeTimeline timeline(Fields a) throws ResultsFormatException {
		String node = a.string("node");
		List<Object> points = a.list("timeline");
		double[] seconds = new double[points.size()];
		double[] accuracy = new double[points.size()];
		for (int i = 0; i < points.size(); i++) {
			Fields p = Fields.of(points.get(i), "the timeline of node '" + node + "'");
			seconds[i] = p.number("simulatedSeconds");
			accuracy[i] = nan(p.numberOrNull("validationAccuracy"));
		}
		return new TrainingResults.NodeTimeline(node, seconds, accuracy);
	}

	private static double nan(Double value) {
		return value == null ? Double.NaN : value;
	}
}
