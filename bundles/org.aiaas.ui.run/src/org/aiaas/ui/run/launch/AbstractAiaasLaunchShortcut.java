package org.aiaas.ui.run.launch;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;

/**
 * Run As for a .aiaas file, from the Project Explorer or the scenario editor: reuses the file's
 * configuration of this type, or creates one with the scenario's own settings, and launches it.
 */
public abstract class AbstractAiaasLaunchShortcut implements ILaunchShortcut {

	private final String typeId;

	protected AbstractAiaasLaunchShortcut(String typeId) {
		this.typeId = typeId;
	}

	@Override
	public void launch(ISelection selection, String mode) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() != null) {
			IFile file = org.eclipse.core.runtime.Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null) {
				launch(file, mode);
			}
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		if (file != null) {
			launch(file, mode);
		}
	}

	private void launch(IFile file, String mode) {
		try {
			DebugUITools.launch(configurationFor(file), mode);
		} catch (CoreException e) {
			ErrorReporter.report("Run " + file.getName(), java.util.List.of(file.getFullPath() + ": "
					+ e.getStatus().getMessage()));
		}
	}

	/** The existing configuration of this type for {@code file}, else a new saved one. */
	public ILaunchConfiguration configurationFor(IFile file) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(typeId);
		Optional<ILaunchConfiguration> existing = Arrays.stream(manager.getLaunchConfigurations(type))
				.filter(c -> file.getFullPath().toString().equals(attribute(c))).findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		String base = file.getName().replaceFirst("\\.aiaas$", "");
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null,
				manager.generateLaunchConfigurationName(base + suffix()));
		LaunchAttributes.initialise(copy, file);
		return copy.doSave();
	}

	/** Added to the file name to name a new configuration, e.g. " training". */
	protected abstract String suffix();

	private static String attribute(ILaunchConfiguration configuration) {
		try {
			return configuration.getAttribute(LaunchAttributes.FILE, "");
		} catch (CoreException e) {
			return "";
		}
	}
}
