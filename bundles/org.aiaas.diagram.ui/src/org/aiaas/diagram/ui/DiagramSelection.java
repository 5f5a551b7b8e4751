package org.aiaas.diagram.ui;

import org.aiaas.diagram.DiagramElement;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * What the diagram view puts in the workbench selection: the diagram element, adaptable to the
 * model element it shows and to a property source for the Properties view.
 */
public record DiagramSelection(DiagramElement element) implements IAdaptable {

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySource.class) {
			return adapter.cast(new ElementProperties(element));
		}
		if (element.element() != null && adapter.isInstance(element.element())) {
			return adapter.cast(element.element());
		}
		return null;
	}

	@Override
	public String toString() {
		return element.toString();
	}
}
