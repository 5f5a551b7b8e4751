package org.aiaas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.aiaas.ui.internal.Language;
import org.aiaas.ui.wizard.NewScenarioWizard;
import org.aiaas.ui.wizard.ScenarioStarts.Start;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File → New → AIaaS Scenario: the file it creates validates, from the skeleton or an example. */
class NewScenarioWizardTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theWizardOffersTheSkeletonAndEveryExampleOfTheRepository() throws Exception {
		NewScenarioWizard wizard = wizard();
		List<Start> starts = wizard.filePage().starts();
		// The skeleton plus one entry per .aiaas file under examples/ (the build bundles them all).
		assertEquals(1 + examples().size(), starts.size(), starts.toString());
		assertTrue(starts.get(0).isSkeleton());
	}

	@Test
	void theSkeletonMakesAFileThatValidatesWithoutErrors() throws Exception {
		IFile file = finish(0, "my-first plan.aiaas");
		String text = new String(file.getContents().readAllBytes());
		assertTrue(text.startsWith("scenario MyFirstPlan {"), text);
		assertEquals(List.of(), errors(file, text));
	}

	@Test
	void anExampleIsCopiedAsItIsAndValidates() throws Exception {
		NewScenarioWizard probe = wizard();
		int city = probe.filePage().starts().stream().map(Start::examplePath).toList().indexOf("city.aiaas");
		assertTrue(city > 0, "city.aiaas is offered");
		IFile file = finish(city, "my-city.aiaas");
		String text = new String(file.getContents().readAllBytes());
		assertEquals(Files.readString(Workbench.examplesFolder().resolve("city.aiaas")), text);
		assertEquals(List.of(), errors(file, text));
	}

	private static NewScenarioWizard wizard() {
		NewScenarioWizard wizard = new NewScenarioWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		dialog.close();
		return wizard;
	}

	private static IFile finish(int start, String fileName) throws Exception {
		IProject project = Workbench.scratchProject();
		NewScenarioWizard wizard = new NewScenarioWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			NewScenarioWizard.FilePage page = wizard.filePage();
			page.setContainerFullPath(project.getFullPath());
			page.setFileName(fileName);
			page.choose(start);
			assertTrue(page.isPageComplete(), page.getErrorMessage());
			assertTrue(wizard.performFinish(), "finish");
		} finally {
			dialog.close();
		}
		IFile file = project.getFile(fileName);
		assertTrue(file.exists(), fileName);
		return file;
	}

	private static List<Issue> errors(IFile file, String text) {
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		return Language.get().validate(text, uri, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
	}

	private static List<Path> examples() throws IOException {
		try (Stream<Path> files = Files.walk(Workbench.examplesFolder())) {
			return files.filter(f -> f.toString().endsWith(".aiaas")).toList();
		}
	}
}
