package org.aiaas.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.aiaas.dsl.formatting.ScenarioFormatting;
import org.aiaas.dsl.ide.AiaasIdeSetup;
import org.aiaas.dsl.quickfix.QuickFixes;
import org.aiaas.dsl.quickfix.TextFix;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The scenario language as the editor uses it: the UI-free Xtext services of org.aiaas.dsl.ide
 * (parser, validator, content assist, documentation), each call on its own copy of the text, so
 * that the reconciler, content assist and hover never share a half-parsed resource.
 */
public final class Language {

	private static final Pattern WORD_KEYWORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*");
	private static volatile Language instance;

	private final Injector injector;
	private final Set<String> keywords;
	private final ExecutorService contentAssistPool = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "AIaaS content assist");
		thread.setDaemon(true);
		return thread;
	});

	private Language(Injector injector) {
		this.injector = injector;
		Set<String> words = new TreeSet<>();
		for (Keyword keyword : GrammarUtil.containedKeywords(injector.getInstance(IGrammarAccess.class).getGrammar())) {
			if (WORD_KEYWORD.matcher(keyword.getValue()).matches()) {
				words.add(keyword.getValue());
			}
		}
		this.keywords = Set.copyOf(words);
	}

	/** The language, set up on first use (Guice and EMF registration take a moment). */
	public static Language get() {
		Language language = instance;
		if (language == null) {
			synchronized (Language.class) {
				language = instance;
				if (language == null) {
					language = new Language(new AiaasIdeSetup().createInjectorAndDoEMFRegistration());
					instance = language;
				}
			}
		}
		return language;
	}

	/** The grammar's keywords that are words ("scenario", "latency-aware"), not punctuation. */
	public Set<String> keywords() {
		return keywords;
	}

	/** Parses the text as the resource at the given URI (imports resolve relative to it). */
	public XtextResource parse(String text, URI uri) {
		Objects.requireNonNull(text, "text");
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(Objects.requireNonNull(uri, "uri"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** Syntax, linking and validation issues of the text, as the command line reports them. */
	public List<Issue> validate(String text, URI uri, CancelIndicator cancel) {
		return analyse(text, uri, cancel).issues();
	}

	/** The parsed text and its issues: what the reconciler shows as markers and as the outline. */
	public Analysis analyse(String text, URI uri, CancelIndicator cancel) {
		XtextResource resource = parse(text, uri);
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
		return new Analysis(resource, issues);
	}

	/** A parsed text and its issues. */
	public record Analysis(XtextResource resource, List<Issue> issues) {
	}

	/** The text formatted as `aiaas format` does; unchanged if it has syntax errors. */
	public String format(String text, URI uri) {
		return injector.getInstance(ScenarioFormatting.class).format(parse(text, uri));
	}

	/** The fixes of the issue with this code at this region of the text (see {@link QuickFixes}). */
	public List<TextFix> fixes(String text, URI uri, String issueCode, int offset, int length) {
		if (!QuickFixes.isFixable(issueCode)) {
			return List.of();
		}
		return injector.getInstance(QuickFixes.class).fixes(parse(text, uri), issueCode, offset, length);
	}

	/** Where the name referred to at the offset is declared, if the offset is on a resolvable reference. */
	public Optional<Definition> definitionAt(String text, URI uri, int offset) {
		XtextResource resource = parse(text, uri);
		Optional<INode> reference = crossReferenceNodeAt(resource, offset);
		if (reference.isEmpty()) {
			return Optional.empty();
		}
		EObject target = injector.getInstance(EObjectAtOffsetHelper.class).resolveCrossReferencedElementAt(resource,
				offset);
		if (target == null || target.eIsProxy() || target.eResource() == null) {
			return Optional.empty();
		}
		ITextRegion name = significantRegion(target);
		INode node = reference.get();
		return Optional.of(new Definition(node.getOffset(), node.getLength(), target.eResource().getURI(),
				name.getOffset(), name.getLength(), NodeModelUtils.getTokenText(node)));
	}

	/**
	 * The regions of the text that name a declared element through a resolved reference ("backhaul
	 * edge1", "gpus 8 x H100", "at edge1"), in text order; unresolved names are left out (they are
	 * errors). Works on an already parsed (and linked) resource, as the reconciler has it.
	 */
	public List<ITextRegion> referenceRegions(XtextResource resource) {
		List<ITextRegion> regions = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return regions;
		}
		EObjectAtOffsetHelper helper = injector.getInstance(EObjectAtOffsetHelper.class);
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (node.getGrammarElement() instanceof CrossReference && node.getLength() > 0) {
				EObject target = helper.resolveCrossReferencedElementAt(resource, node.getOffset());
				if (target != null && !target.eIsProxy()) {
					regions.add(new TextRegion(node.getOffset(), node.getLength()));
				}
			}
		}
		return regions;
	}

	/** The region that names an element (its name, else its whole text). */
	public ITextRegion significantRegion(EObject element) {
		return injector.getInstance(ILocationInFileProvider.class).getSignificantTextRegion(element);
	}

	private static Optional<INode> crossReferenceNodeAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		for (INode node = leaf; node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof CrossReference) {
				return Optional.of(node);
			}
		}
		return Optional.empty();
	}

	/** What content assist proposes at the offset. */
	public List<ContentAssistEntry> proposals(String text, URI uri, int offset) {
		XtextResource resource = parse(text, uri);
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(contentAssistPool);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalProvider provider = injector.getInstance(IdeContentProposalProvider.class);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		provider.createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}

	/** The documentation of the element at the offset (what a reference points to, else the element). */
	public Optional<String> documentationAt(String text, URI uri, int offset) {
		XtextResource resource = parse(text, uri);
		EObjectAtOffsetHelper helper = injector.getInstance(EObjectAtOffsetHelper.class);
		EObject element = helper.resolveCrossReferencedElementAt(resource, offset);
		if (element == null) {
			element = helper.resolveElementAt(resource, offset);
		}
		if (element == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(injector.getInstance(IEObjectDocumentationProvider.class).getDocumentation(element));
	}
}
