package org.aiaas.dsl;

import org.aiaas.dsl.conversion.AiaasValueConverters;
import org.aiaas.dsl.documentation.AiaasDocumentationProvider;
import org.aiaas.dsl.formatting.AiaasFormatter;
import org.aiaas.dsl.scoping.AiaasGlobalScopeProvider;
import org.aiaas.dsl.validation.AiaasLinkingDiagnosticMessageProvider;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.SimpleNameProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Runtime services of the scenario language. Names are simple (a node is {@code edge1}, not
 * {@code Scenario.edge1}): a scenario and the files it imports share one namespace.
 */
public class AiaasRuntimeModule extends AbstractAiaasRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return AiaasValueConverters.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return SimpleNameProvider.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return AiaasGlobalScopeProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return AiaasLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return AiaasFormatter.class;
	}

	public void configureFormatterPreferences(Binder binder) {
		binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class)
				.to(FormatterPreferenceValuesProvider.class);
	}

	/**
	 * EMF's generic constraints are replaced by the language's own checks, which say what is wrong in
	 * the language's words; EMF's would repeat every unknown reference as "unresolved proxy".
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return AiaasDocumentationProvider.class;
	}
}
