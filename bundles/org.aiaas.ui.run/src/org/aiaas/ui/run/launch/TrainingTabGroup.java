package org.aiaas.ui.run.launch;

import java.util.List;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** The tabs of "AIaaS Training": file, job, epochs, seed, output folder; Common. */
public final class TrainingTabGroup extends AbstractLaunchConfigurationTabGroup {

	@Override
	public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
		setTabs(new ILaunchConfigurationTab[] { new SettingsTab(List.of(
				SettingsTab.Field.text(LaunchAttributes.JOB, "Training job:", "every job whose model has a network"),
				SettingsTab.Field.whole(LaunchAttributes.EPOCHS, "Epochs:", "the job's", 1, 1_000_000),
				SettingsTab.Field.text(LaunchAttributes.SEED, "Seed:", "the scenario's"),
				SettingsTab.Field.text(LaunchAttributes.OUTPUT, "Output folder:", "out/<file name> next to the file"))),
				new CommonTab() });
	}
}
