package org.aiaas.ui.wizard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.aiaas.ui.editor.ScenarioEditor;
import org.aiaas.ui.wizard.ScenarioStarts.Start;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** File → New → AIaaS Scenario: a .aiaas file in a project or folder, empty or from an example. */
public final class NewScenarioWizard extends Wizard implements INewWizard {

	/** The wizard's id in plugin.xml. */
	public static final String ID = "org.aiaas.ui.wizard.NewScenario";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private FilePage page;

	public NewScenarioWizard() {
		setWindowTitle("New AIaaS Scenario");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		page = new FilePage(selection);
		addPage(page);
	}

	/** The page (for tests that fill it in without a person). */
	public FilePage filePage() {
		return page;
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, ScenarioEditor.ID, true);
			} catch (PartInitException e) {
				page.setErrorMessage("created " + file.getFullPath() + " but cannot open it: " + e.getMessage());
			}
		}
		return true;
	}

	/** Container and file name (the platform's page) plus what the file starts from. */
	public static final class FilePage extends WizardNewFileCreationPage {

		private final List<Start> starts = ScenarioStarts.all();
		private int chosen;
		private Combo startCombo;

		FilePage(IStructuredSelection selection) {
			super("scenarioFile", selection);
			setTitle("AIaaS Scenario");
			setDescription("Create a scenario file, empty or from one of the examples.");
			setFileExtension("aiaas");
			setFileName("scenario.aiaas");
		}

		@Override
		protected void createAdvancedControls(Composite parent) {
			Composite row = new Composite(parent, SWT.NONE);
			row.setLayout(new GridLayout(2, false));
			row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			new Label(row, SWT.NONE).setText("Start from:");
			startCombo = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
			startCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			starts.forEach(start -> startCombo.add(start.label()));
			startCombo.select(chosen);
			startCombo.addListener(SWT.Selection, event -> chosen = Math.max(0, startCombo.getSelectionIndex()));
			super.createAdvancedControls(parent);
		}

		@Override
		protected InputStream getInitialContents() {
			String text = ScenarioStarts.text(starts.get(chosen), getFileName());
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		/** What the file can start from, in the order the page lists them. */
		public List<Start> starts() {
			return starts;
		}

		/** Chooses what the file starts from (as the combo does). */
		public void choose(int index) {
			chosen = index;
			if (startCombo != null && !startCombo.isDisposed()) {
				startCombo.select(index);
			}
		}
	}
}
