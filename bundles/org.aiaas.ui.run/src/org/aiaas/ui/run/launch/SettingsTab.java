package org.aiaas.ui.run.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

/**
 * The "Main" tab of both AIaaS launch configurations: the scenario file (with Browse…) and a text
 * field per setting. An empty field keeps what the scenario says.
 */
public final class SettingsTab extends AbstractLaunchConfigurationTab {

	/** One setting: the attribute, its label, and a hint shown when empty. */
	public record Field(String attribute, String label, String hint, int min, int max) {
		/** A field that is checked as a whole number in [min, max]. */
		static Field whole(String attribute, String label, String hint, int min, int max) {
			return new Field(attribute, label, hint, min, max);
		}

		/** A free text field. */
		static Field text(String attribute, String label, String hint) {
			return new Field(attribute, label, hint, 0, -1);
		}

		boolean isWhole() {
			return max >= min;
		}
	}

	private final List<Field> fields;
	private final Map<String, Text> texts = new LinkedHashMap<>();

	public SettingsTab(List<Field> fields) {
		this.fields = List.copyOf(fields);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(3, false));
		setControl(composite);
		Text file = row(composite, LaunchAttributes.FILE, "Scenario file:", "/project/scenario.aiaas");
		Button browse = new Button(composite, SWT.PUSH);
		browse.setText("Browse…");
		browse.addListener(SWT.Selection, e -> browse(file));
		for (Field field : fields) {
			Text text = row(composite, field.attribute(), field.label(), field.hint());
			((GridData) text.getLayoutData()).horizontalSpan = 2;
		}
	}

	private Text row(Composite composite, String attribute, String label, String hint) {
		new Label(composite, SWT.NONE).setText(label);
		Text text = new Text(composite, SWT.BORDER);
		text.setMessage(hint);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(e -> updateLaunchConfigurationDialog());
		texts.put(attribute, text);
		return text;
	}

	private void browse(Text file) {
		FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
				ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
		dialog.setTitle("Choose a scenario (*.aiaas)");
		dialog.setInitialPattern("*.aiaas");
		if (dialog.open() == FilteredResourcesSelectionDialog.OK && dialog.getResult().length == 1
				&& dialog.getResult()[0] instanceof IFile chosen) {
			file.setText(chosen.getFullPath().toString());
			Text output = texts.get(LaunchAttributes.OUTPUT);
			if (output != null && output.getText().isBlank()) {
				output.setText(LaunchAttributes.defaultOutput(chosen).getFullPath().toString());
			}
		}
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		texts.keySet().forEach(attribute -> configuration.removeAttribute(attribute));
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		texts.forEach((attribute, text) -> {
			try {
				text.setText(configuration.getAttribute(attribute, ""));
			} catch (CoreException e) {
				text.setText("");
			}
		});
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		texts.forEach((attribute, text) -> configuration.setAttribute(attribute, text.getText().strip()));
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		String file = texts.get(LaunchAttributes.FILE).getText().strip();
		IResource resource = file.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(file);
		if (!(resource instanceof IFile)) {
			setErrorMessage(file.isEmpty() ? "Choose a scenario file" : file + ": no such file in the workspace");
			return false;
		}
		for (Field field : fields) {
			String value = texts.get(field.attribute()).getText().strip();
			if (field.isWhole() && !value.isEmpty()) {
				String problem = LaunchAttributes.checkWhole(value, field.min(), field.max());
				if (problem != null) {
					setErrorMessage(field.label().replace(":", "") + " " + problem);
					return false;
				}
			}
		}
		return true;
	}

	@Override
	public String getName() {
		return "Main";
	}
}
