package org.aiaas.ui.run.training;

import java.util.List;

import org.aiaas.ui.run.core.ScenarioErrors;
import org.aiaas.ui.run.core.TrainingRunner;
import org.aiaas.ui.run.launch.ErrorReporter;
import org.aiaas.ui.run.launch.LaunchAttributes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;

/** Launches "AIaaS Training": reads the configuration and schedules a {@link TrainingRunJob}. */
public final class TrainingLaunchDelegate implements ILaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		try {
			IFile file = LaunchAttributes.scenarioFile(configuration);
			TrainingRunner.Request request = LaunchAttributes.trainingRequest(configuration);
			new TrainingRunJob(request, file.getFullPath().toString(),
					LaunchAttributes.outputFolder(configuration, file)).schedule();
		} catch (ScenarioErrors e) {
			ErrorReporter.report("AIaaS Training: " + configuration.getName(), List.copyOf(e.lines()));
		}
	}
}
