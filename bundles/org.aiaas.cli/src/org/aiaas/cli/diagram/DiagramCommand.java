package org.aiaas.cli.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;

import org.aiaas.cli.Command;
import org.aiaas.cli.ExitCode;
import org.aiaas.cli.Terminal;
import org.aiaas.cli.UsageException;
import org.aiaas.cli.check.CheckCommand;
import org.aiaas.cli.check.InputFile;
import org.aiaas.cli.check.ScenarioLoader;
import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.layout.DiagramLayout;
import org.aiaas.diagram.overlay.ResultsException;
import org.aiaas.diagram.overlay.ResultsOverlay;
import org.aiaas.diagram.render.PngRenderer;
import org.aiaas.diagram.render.SvgWriter;
import org.aiaas.diagram.viewpoint.TopologyDiagram;
import org.aiaas.model.Scenario;
import org.eclipse.xtext.resource.XtextResource;

/**
 * {@code aiaas diagram FILE --svg OUT.svg [--png OUT.png] [--results results.json]}: the topology
 * and deployment diagram of a scenario, drawn headless by the same viewpoint, layout and painter
 * as the workbench's diagram view. Errors in the scenario stop it with the diagnostics of
 * {@code check}.
 */
public final class DiagramCommand implements Command {

	private final Supplier<ScenarioLoader> loaderFactory;

	public DiagramCommand() {
		this(ScenarioLoader::create);
	}

	public DiagramCommand(Supplier<ScenarioLoader> loaderFactory) {
		this.loaderFactory = loaderFactory;
	}

	@Override
	public String name() {
		return "diagram";
	}

	@Override
	public String synopsis() {
		return "FILE --svg OUT.svg [--png OUT.png] [--results results.json [--variant NAME]] [--scale N]";
	}

	@Override
	public String summary() {
		return "draw the topology and deployment diagram (cells, devices, nodes, links, workload flows) as SVG/PNG";
	}

	@Override
	public List<String> details() {
		return List.of("--svg FILE, --png FILE: where to write (at least one); --scale N: PNG pixels per unit, 1 to 4.",
				"--results FILE: overlay node utilisation and cell radio load from a results.json of 'aiaas run'",
				"  (its first variant, or --variant NAME).",
				"Exit 0 when drawn, 1 if the scenario or the results file has errors, 2 on usage or I/O problems.");
	}

	@Override
	public int run(List<String> args, Terminal terminal) throws UsageException {
		DiagramArguments arguments = DiagramArguments.parse(args);
		int checked = new CheckCommand(loaderFactory).run(List.of(arguments.file()), terminal);
		if (checked != ExitCode.OK) {
			if (checked == ExitCode.ERRORS) {
				terminal.err().println("aiaas: diagram: fix the errors above first; no diagram was drawn");
			}
			return checked;
		}
		Scenario scenario = load(arguments.file(), terminal);
		if (scenario == null) {
			return ExitCode.USAGE_OR_IO;
		}
		Diagram diagram = TopologyDiagram.of(scenario);
		if (arguments.results() != null) {
			int overlaid = overlay(diagram, arguments, terminal);
			if (overlaid != ExitCode.OK) {
				return overlaid;
			}
		}
		DiagramLayout.apply(diagram);
		for (String note : diagram.notes()) {
			terminal.err().println("aiaas: diagram: warning: " + note);
		}
		return write(diagram, arguments, terminal);
	}

	private Scenario load(String file, Terminal terminal) {
		if (!(InputFile.read(file) instanceof InputFile.Accepted accepted)) {
			terminal.err().println("aiaas: diagram: cannot read " + file);
			return null;
		}
		ScenarioLoader loader = loaderFactory.get();
		try {
			XtextResource resource = loader.load(loader.newResourceSet(), accepted.path(), accepted.text());
			return (Scenario) resource.getContents().get(0);
		} catch (IOException e) {
			terminal.err().println("aiaas: diagram: " + file + ": cannot be read: " + e.getMessage());
			return null;
		}
	}

	private static int overlay(Diagram diagram, DiagramArguments arguments, Terminal terminal) {
		try {
			ResultsOverlay overlay = ResultsOverlay.read(arguments.results(), arguments.variant());
			int applied = overlay.applyTo(diagram);
			terminal.err().println("aiaas: diagram: overlaid variant '" + overlay.variant() + "' of "
					+ arguments.results() + " on " + applied + " nodes and cells");
			return ExitCode.OK;
		} catch (NoSuchFileException e) {
			terminal.err().println("aiaas: error: " + arguments.results() + ": no such file");
			return ExitCode.USAGE_OR_IO;
		} catch (IOException e) {
			terminal.err().println("aiaas: error: " + arguments.results() + ": cannot be read: " + e.getMessage());
			return ExitCode.USAGE_OR_IO;
		} catch (ResultsException e) {
			terminal.err().println("aiaas: error: " + e.getMessage());
			return ExitCode.ERRORS;
		}
	}

	private static int write(Diagram diagram, DiagramArguments arguments, Terminal terminal) {
		try {
			if (arguments.svg() != null) {
				replace(arguments.svg(), SvgWriter.write(diagram).getBytes(StandardCharsets.UTF_8));
				terminal.out().println("wrote " + arguments.svg() + " (" + diagram.nodes().size() + " nodes, "
						+ diagram.edges().size() + " edges)");
			}
			if (arguments.png() != null) {
				ByteArrayOutputStream png = new ByteArrayOutputStream();
				PngRenderer.write(diagram, arguments.scale(), png);
				replace(arguments.png(), png.toByteArray());
				terminal.out().println("wrote " + arguments.png());
			}
			return ExitCode.OK;
		} catch (IOException e) {
			terminal.err().println("aiaas: diagram: cannot write the diagram: " + e.getMessage());
			return ExitCode.USAGE_OR_IO;
		}
	}

	/** Writes a whole file: a temporary file beside it, renamed over it. */
	private static void replace(Path target, byte[] content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
		try {
			Files.write(temporary, content);
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
