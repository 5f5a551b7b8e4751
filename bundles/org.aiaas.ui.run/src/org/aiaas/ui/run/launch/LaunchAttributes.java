package org.aiaas.ui.run.launch;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.aiaas.ui.run.core.RunSettings;
import org.aiaas.ui.run.core.ScenarioErrors;
import org.aiaas.ui.run.core.TrainingRunner;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

/**
 * The attributes of the "AIaaS Scenario" and "AIaaS Training" launch configurations, and how they
 * become run settings. Files and folders are workspace paths ("/project/mm1.aiaas"), so the
 * results land in the workspace and can be opened there.
 */
public final class LaunchAttributes {

	public static final String SCENARIO_TYPE = "org.aiaas.ui.run.scenario";
	public static final String TRAINING_TYPE = "org.aiaas.ui.run.training";

	/** Workspace path of the .aiaas file. */
	public static final String FILE = "org.aiaas.ui.run.file";
	/** Comma-separated variant names; empty runs all. */
	public static final String VARIANTS = "org.aiaas.ui.run.variants";
	/** Replications per variant; empty keeps the scenario's. */
	public static final String REPLICATIONS = "org.aiaas.ui.run.replications";
	/** Base seed; empty keeps the scenario's. */
	public static final String SEED = "org.aiaas.ui.run.seed";
	/** Workspace path of the output folder; empty means "out/<file name>" next to the file. */
	public static final String OUTPUT = "org.aiaas.ui.run.output";
	/** Training: the job to train; empty trains all. */
	public static final String JOB = "org.aiaas.ui.run.job";
	/** Training: at most this many epochs; empty keeps the job's. */
	public static final String EPOCHS = "org.aiaas.ui.run.epochs";

	private LaunchAttributes() {
	}

	/** A configuration for {@code file} with the scenario's own settings. */
	public static void initialise(ILaunchConfigurationWorkingCopy copy, IFile file) {
		copy.setAttribute(FILE, file.getFullPath().toString());
		copy.setAttribute(OUTPUT, defaultOutput(file).getFullPath().toString());
	}

	/** {@code <folder of the file>/out/<file name without .aiaas>}. */
	public static IContainer defaultOutput(IFile file) {
		String base = file.getName().replaceFirst("\\.aiaas$", "");
		return file.getParent().getFolder(IPath.fromPortableString("out/" + base));
	}

	public static IFile scenarioFile(ILaunchConfiguration config) throws CoreException, ScenarioErrors {
		String path = config.getAttribute(FILE, "");
		if (path.isBlank()) {
			throw new ScenarioErrors(config.getName() + ": no scenario file is set");
		}
		IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
		if (!(resource instanceof IFile file) || file.getLocation() == null) {
			throw new ScenarioErrors(path + ": no such file in the workspace");
		}
		return file;
	}

	public static IContainer outputFolder(ILaunchConfiguration config, IFile scenario) throws CoreException,
			ScenarioErrors {
		String path = config.getAttribute(OUTPUT, "");
		if (path.isBlank()) {
			return defaultOutput(scenario);
		}
		IPath p = IPath.fromPortableString(path);
		if (p.segmentCount() < 2) {
			throw new ScenarioErrors(path + ": the output folder must be a folder inside a project");
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFolder(p);
	}

	public static RunSettings runSettings(ILaunchConfiguration config) throws CoreException, ScenarioErrors {
		IFile file = scenarioFile(config);
		return new RunSettings(location(file), RunSettings.parseVariants(config.getAttribute(VARIANTS, "")),
				whole(config, REPLICATIONS, 1, org.aiaas.sim.engine.RunOptions.MAX_REPLICATIONS),
				seed(config), location(outputFolder(config, file)));
	}

	public static TrainingRunner.Request trainingRequest(ILaunchConfiguration config) throws CoreException,
			ScenarioErrors {
		IFile file = scenarioFile(config);
		String job = config.getAttribute(JOB, "").strip();
		return new TrainingRunner.Request(location(file), job.isEmpty() ? null : job,
				whole(config, EPOCHS, 1, 1_000_000), seed(config), location(outputFolder(config, file)));
	}

	private static Path location(IResource resource) throws ScenarioErrors {
		if (resource.getLocation() == null) {
			throw new ScenarioErrors(resource.getFullPath() + ": not on the local file system");
		}
		return resource.getLocation().toFile().toPath();
	}

	/** Empty when blank; an error naming the setting when not a whole number in range. */
	static OptionalInt whole(ILaunchConfiguration config, String key, int min, int max)
			throws CoreException, ScenarioErrors {
		String text = config.getAttribute(key, "").strip();
		if (text.isEmpty()) {
			return OptionalInt.empty();
		}
		String problem = checkWhole(text, min, max);
		if (problem != null) {
			throw new ScenarioErrors(config.getName() + ": " + label(key) + ": " + problem);
		}
		return OptionalInt.of(Integer.parseInt(text));
	}

	static OptionalLong seed(ILaunchConfiguration config) throws CoreException, ScenarioErrors {
		String text = config.getAttribute(SEED, "").strip();
		if (text.isEmpty()) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(Long.parseLong(text));
		} catch (NumberFormatException e) {
			throw new ScenarioErrors(config.getName() + ": seed: '" + text + "' is not a whole number");
		}
	}

	/** Null when {@code text} is a whole number in [min, max], else what is wrong. */
	public static String checkWhole(String text, int min, int max) {
		try {
			int value = Integer.parseInt(text.strip());
			return value < min || value > max ? "must be " + min + " to " + max + ", got " + value : null;
		} catch (NumberFormatException e) {
			return "'" + text.strip() + "' is not a whole number";
		}
	}

	private static String label(String key) {
		return key.substring(key.lastIndexOf('.') + 1);
	}
}
