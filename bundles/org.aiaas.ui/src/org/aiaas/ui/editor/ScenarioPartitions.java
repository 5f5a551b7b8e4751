package org.aiaas.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a scenario into code and comments, so that a block comment opened on one line colours
 * the lines after it, whatever range the presentation reconciler repairs.
 */
final class ScenarioPartitions {

	static final String PARTITIONING = "org.aiaas.ui.partitioning";
	static final String COMMENT = "__aiaas_comment";
	static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT };

	private ScenarioPartitions() {
	}

	/** Connects a partitioner to the document unless it already has one. */
	static void install(IDocument document) {
		IDocumentExtension3 extension = (IDocumentExtension3) document;
		if (extension.getDocumentPartitioner(PARTITIONING) != null) {
			return;
		}
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		Token comment = new Token(COMMENT);
		scanner.setPredicateRules(new IPredicateRule[] { new EndOfLineRule("//", comment),
				new MultiLineRule("/*", "*/", comment, (char) 0, true) });
		IDocumentPartitioner partitioner = new FastPartitioner(scanner, new String[] { COMMENT });
		partitioner.connect(document);
		extension.setDocumentPartitioner(PARTITIONING, partitioner);
	}
}
