package org.aiaas.cli.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.aiaas.cli.check.ScenarioLoader;
import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.layout.DiagramLayout;
import org.aiaas.diagram.render.PngRenderer;
import org.aiaas.diagram.render.SvgWriter;
import org.aiaas.diagram.viewpoint.TopologyDiagram;
import org.aiaas.model.Scenario;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The diagram's figures: building, laying out (ELK) and drawing (SVG text and an in-memory image, as
 * the PNG export and the workbench canvas draw it; PNG compression is not counted) the topology diagram
 * of a generated scenario whose diagram has about 1,000 elements (boxes and lines). The scenario is
 * parsed once, outside the measurement: the language has its own benchmark.
 */
final class DiagramBenchmark {

	/** Gives a diagram of 1,004 elements: see the printed counts. */
	static final ScenarioGenerator.Size SIZE = new ScenarioGenerator.Size(120, 40, 200, 120, 12);

	private final ScenarioLoader loader;
	private final PrintStream out;

	DiagramBenchmark(ScenarioLoader loader, PrintStream out) {
		this.loader = loader;
		this.out = out;
	}

	void run(int warmup, int rounds) throws IOException {
		String text = new ScenarioGenerator(SIZE).generate();
		XtextResource resource = loader.load(loader.newResourceSet(), Path.of("generated.aiaas"), text);
		Scenario scenario = (Scenario) resource.getContents().get(0);
		Round cold = round(scenario);
		Diagram diagram = cold.diagram();
		out.printf(Locale.ROOT, "diagram: %,d elements (%,d boxes, %,d lines) from %s%n",
				diagram.nodes().size() + diagram.edges().size(), diagram.nodes().size(), diagram.edges().size(), SIZE);
		out.printf(Locale.ROOT, "cold build+layout+SVG (first run): %,6.0f ms  (layout %,.0f ms)%n", cold.total(),
				cold.layout());
		for (int i = 0; i < warmup; i++) {
			round(scenario);
		}
		double[] totals = new double[rounds];
		double[] layouts = new double[rounds];
		double[] svgs = new double[rounds];
		double[] pngs = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			Round round = round(scenario);
			totals[i] = round.total();
			layouts[i] = round.layout();
			svgs[i] = round.svg();
			pngs[i] = round.png();
		}
		out.printf(Locale.ROOT, "warm build+layout+SVG (%d rounds after %d warm-up): median %,.0f ms, min %,.0f ms"
				+ "  (median: layout %,.0f ms, SVG %,.0f ms); target < 1000 ms%n", rounds, warmup, median(totals),
				Arrays.stream(totals).min().orElse(0), median(layouts), median(svgs));
		out.printf(Locale.ROOT, "raster at 100 %% (PNG export, before compression): %s pixels, median %,.0f ms%n",
				cold.imageSize(), median(pngs));
		out.printf(Locale.ROOT, "(the machine's load average when done: %.1f on %d cores)%n",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
	}

	private static Round round(Scenario scenario) throws IOException {
		long start = System.nanoTime();
		Diagram diagram = TopologyDiagram.of(scenario);
		long built = System.nanoTime();
		DiagramLayout.apply(diagram);
		long laidOut = System.nanoTime();
		String svg = SvgWriter.write(diagram);
		long drawn = System.nanoTime();
		BufferedImage image = PngRenderer.render(diagram, 1);
		long painted = System.nanoTime();
		return new Round(diagram, millis(built - start), millis(laidOut - built), millis(drawn - laidOut),
				millis(painted - drawn), image.getWidth() + " x " + image.getHeight());
	}

	private record Round(Diagram diagram, double build, double layout, double svg, double png, String imageSize) {
		/** Build, layout and the vector drawing; the raster is reported apart (it grows with pixels, not elements). */
		double total() {
			return build + layout + svg;
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}
}
