package org.aiaas.ui.run.launch;

import java.util.List;

import org.aiaas.ui.run.core.RunSettings;
import org.aiaas.ui.run.core.ScenarioErrors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;

/** Launches "AIaaS Scenario": reads the configuration and schedules a {@link ScenarioRunJob}. */
public final class ScenarioLaunchDelegate implements ILaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		try {
			IFile file = LaunchAttributes.scenarioFile(configuration);
			RunSettings settings = LaunchAttributes.runSettings(configuration);
			new ScenarioRunJob(settings, file.getFullPath().toString(),
					LaunchAttributes.outputFolder(configuration, file)).schedule();
		} catch (ScenarioErrors e) {
			ErrorReporter.report("AIaaS Scenario: " + configuration.getName(), List.copyOf(e.lines()));
		}
	}
}
