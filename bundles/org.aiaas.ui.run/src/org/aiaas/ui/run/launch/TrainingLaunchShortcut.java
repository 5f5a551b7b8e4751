package org.aiaas.ui.run.launch;

/** Run As → AIaaS Training. */
public final class TrainingLaunchShortcut extends AbstractAiaasLaunchShortcut {

	public TrainingLaunchShortcut() {
		super(LaunchAttributes.TRAINING_TYPE);
	}

	@Override
	protected String suffix() {
		return " training";
	}
}
