package org.aiaas.ui.wizard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What a new scenario can start from: an empty skeleton, or one of the examples that the build
 * copies from the repository's examples/ folder into the bundle (org/aiaas/ui/wizard/examples).
 */
public final class ScenarioStarts {

	/** Folder of the bundled examples inside the bundle. */
	static final String EXAMPLES = "org/aiaas/ui/wizard/examples";

	/** A start: its label in the wizard and how to get its text for a scenario of a given name. */
	public record Start(String label, String examplePath) {

		public Start {
			Objects.requireNonNull(label, "label");
		}

		public boolean isSkeleton() {
			return examplePath == null;
		}
	}

	private ScenarioStarts() {
	}

	/** The skeleton first, then the bundled examples by path ("city.aiaas", "queueing/mm1.aiaas"). */
	public static List<Start> all() {
		List<Start> starts = new ArrayList<>();
		starts.add(new Start("Empty scenario (one server, one workload)", null));
		for (String path : examplePaths()) {
			starts.add(new Start("Example: " + path, path));
		}
		return starts;
	}

	/** The examples in the bundle, sorted, as paths below the examples folder. */
	static List<String> examplePaths() {
		Bundle bundle = FrameworkUtil.getBundle(ScenarioStarts.class);
		List<String> paths = new ArrayList<>();
		if (bundle == null) {
			return paths;
		}
		Enumeration<URL> entries = bundle.findEntries(EXAMPLES, "*.aiaas", true);
		if (entries == null) {
			return paths;
		}
		for (URL url : Collections.list(entries)) {
			String path = url.getPath();
			int folder = path.indexOf(EXAMPLES + "/");
			paths.add(path.substring(folder + EXAMPLES.length() + 1));
		}
		Collections.sort(paths);
		return paths;
	}

	/** The text of a new scenario file; the skeleton is named after the file. */
	public static String text(Start start, String fileName) {
		if (start.isSkeleton()) {
			return skeleton(scenarioName(fileName));
		}
		try (InputStream in = ScenarioStarts.class.getResourceAsStream("/" + EXAMPLES + "/" + start.examplePath())) {
			if (in == null) {
				throw new IllegalStateException("the example " + start.examplePath() + " is not in the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A valid scenario to grow from: one cloud server with an L4 and a Poisson stream of requests. */
	static String skeleton(String name) {
		return "scenario " + name + " {\n"
				+ "\tduration 10 min\n"
				+ "\twarmup 1 min\n"
				+ "\treplications 5\n"
				+ "\n"
				+ "\tnode server cloud {\n"
				+ "\t\tgpus 1 x L4\n"
				+ "\t\tslots 8\n"
				+ "\t}\n"
				+ "\n"
				+ "\tworkload requests at server {\n"
				+ "\t\tarrivals poisson 10 /s\n"
				+ "\t\tservice exponential 50 ms\n"
				+ "\t}\n"
				+ "}\n";
	}

	/** A scenario name from a file name: "my-plan 2.aiaas" → "MyPlan2" (an ID of the language). */
	static String scenarioName(String fileName) {
		String base = fileName.endsWith(".aiaas") ? fileName.substring(0, fileName.length() - ".aiaas".length())
				: fileName;
		StringBuilder name = new StringBuilder();
		boolean upper = true;
		for (char c : base.toCharArray()) {
			if (Character.isLetterOrDigit(c) && c < 128) {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
			name.insert(0, "Scenario");
		}
		return name.toString();
	}
}
