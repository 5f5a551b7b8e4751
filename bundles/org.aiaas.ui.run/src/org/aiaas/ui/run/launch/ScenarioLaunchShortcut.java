package org.aiaas.ui.run.launch;

/** Run As → AIaaS Scenario. */
public final class ScenarioLaunchShortcut extends AbstractAiaasLaunchShortcut {

	public ScenarioLaunchShortcut() {
		super(LaunchAttributes.SCENARIO_TYPE);
	}

	@Override
	protected String suffix() {
		return "";
	}
}
