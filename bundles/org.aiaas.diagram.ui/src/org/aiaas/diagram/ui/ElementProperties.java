package org.aiaas.diagram.ui;

import java.util.ArrayList;
import java.util.List;

import org.aiaas.diagram.DiagramElement;
import org.aiaas.diagram.DiagramNode;
import org.aiaas.model.NamedElement;
import org.aiaas.model.Quantity;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view's page for a selected diagram element: its kind and label, then every
 * feature the scenario sets on the model element (quantities as written, references by name).
 * Read-only: the text is the place to edit.
 */
final class ElementProperties implements IPropertySource {

	private static final String DIAGRAM = "Diagram";
	private static final String MODEL = "Scenario";

	private final DiagramElement element;

	ElementProperties(DiagramElement element) {
		this.element = element;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		descriptors.add(descriptor("mapping", "kind", DIAGRAM));
		descriptors.add(descriptor("label", "label", DIAGRAM));
		if (element instanceof DiagramNode node && node.overlay().isPresent()) {
			descriptors.add(descriptor("overlay", "from the run", DIAGRAM));
		}
		EObject model = element.element();
		if (model != null) {
			for (EStructuralFeature feature : model.eClass().getEAllStructuralFeatures()) {
				if (model.eIsSet(feature) && !feature.isMany()) {
					descriptors.add(descriptor(feature, feature.getName(), MODEL));
				}
			}
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		if ("mapping".equals(id)) {
			return element.mapping();
		}
		if ("label".equals(id)) {
			return element.label();
		}
		if ("overlay".equals(id)) {
			return ((DiagramNode) element).overlay().map(o -> o.text()).orElse("");
		}
		if (id instanceof EStructuralFeature feature) {
			return text(element.element().eGet(feature));
		}
		return null;
	}

	/** A feature value as a person reads it. */
	static String text(Object value) {
		if (value instanceof Quantity quantity) {
			return org.aiaas.diagram.viewpoint.Labels.quantity(quantity);
		}
		if (value instanceof NamedElement named) {
			return named.getName();
		}
		if (value instanceof EObject object) {
			return object.eClass().getName();
		}
		return String.valueOf(value);
	}

	private static PropertyDescriptor descriptor(Object id, String name, String category) {
		PropertyDescriptor descriptor = new PropertyDescriptor(id, name);
		descriptor.setCategory(category);
		return descriptor;
	}

	@Override
	public Object getEditableValue() {
		return null;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
	}
}
