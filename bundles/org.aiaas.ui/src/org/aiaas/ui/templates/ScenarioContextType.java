package org.aiaas.ui.templates;

import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.TemplateContextType;

/** Where scenario templates apply: inside a scenario, where a declaration may start. */
public final class ScenarioContextType extends TemplateContextType {

	/** The context type's id in plugin.xml and in the templates file. */
	public static final String ID = "org.aiaas.ui.templates.scenario";

	public ScenarioContextType() {
		addResolver(new GlobalTemplateVariables.Cursor());
		addResolver(new GlobalTemplateVariables.Dollar());
		addResolver(new GlobalTemplateVariables.Date());
		addResolver(new GlobalTemplateVariables.User());
	}
}
