package org.aiaas.ui.templates;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.templates.ContextTypeRegistry;
import org.eclipse.jface.text.templates.persistence.TemplateStore;
import org.eclipse.ui.editors.text.templates.ContributionContextTypeRegistry;
import org.eclipse.ui.editors.text.templates.ContributionTemplateStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The scenario templates: contributed in templates/scenario-templates.xml through the
 * org.eclipse.ui.editors.templates extension point, kept in a template store whose user changes
 * would live in the bundle's instance preferences.
 */
public final class ScenarioTemplates {

	/** The registry id of the context types in plugin.xml. */
	public static final String REGISTRY_ID = "org.aiaas.ui.templates";
	private static final String PREFERENCE_KEY = "org.aiaas.ui.templates.custom";

	private static volatile ScenarioTemplates instance;

	private final ContextTypeRegistry contextTypes;
	private final TemplateStore store;

	private ScenarioTemplates() {
		contextTypes = new ContributionContextTypeRegistry(REGISTRY_ID);
		store = new ContributionTemplateStore(contextTypes,
				new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.aiaas.ui"), PREFERENCE_KEY);
		try {
			store.load();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot load the scenario templates", e);
		}
	}

	public static ScenarioTemplates get() {
		ScenarioTemplates templates = instance;
		if (templates == null) {
			synchronized (ScenarioTemplates.class) {
				templates = instance;
				if (templates == null) {
					templates = new ScenarioTemplates();
					instance = templates;
				}
			}
		}
		return templates;
	}

	public ContextTypeRegistry contextTypes() {
		return contextTypes;
	}

	public TemplateStore store() {
		return store;
	}
}
