package org.aiaas.ui.run.launch;

import java.util.List;

import org.aiaas.sim.engine.RunOptions;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** The tabs of "AIaaS Scenario": file, variants, replications, seed, output folder; Common. */
public final class ScenarioTabGroup extends AbstractLaunchConfigurationTabGroup {

	@Override
	public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
		setTabs(new ILaunchConfigurationTab[] { new SettingsTab(List.of(
				SettingsTab.Field.text(LaunchAttributes.VARIANTS, "Variants:", "all; or names, e.g. fcfs, sjf"),
				SettingsTab.Field.whole(LaunchAttributes.REPLICATIONS, "Replications:", "the scenario's", 1,
						RunOptions.MAX_REPLICATIONS),
				SettingsTab.Field.text(LaunchAttributes.SEED, "Seed:", "the scenario's"),
				SettingsTab.Field.text(LaunchAttributes.OUTPUT, "Output folder:", "out/<file name> next to the file"))),
				new CommonTab() });
	}
}
