package org.aiaas.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Colours the code outside comments: keywords, numbers, the unit written after a number
 * ("10 Gbps", "300 GB/s", "0.80 $/h", "50 /s") and strings. Works on the damaged range only,
 * which the reconciler widens to whole lines; a unit is recognised on the number's line.
 */
final class ScenarioTokenScanner implements ITokenScanner {

	private static final Pattern LEXEME = Pattern.compile("(?<space>\\s+)"
			+ "|(?<comment>//[^\\n]*|/\\*(?s:.*?)(\\*/|\\z))"
			+ "|(?<string>\"(\\\\.|[^\"\\\\\\n])*\"?)"
			+ "|(?<number>\\d+(\\.\\d+)?([eE][+-]?\\d+)?)"
			+ "|(?<word>\\^?[A-Za-z_][A-Za-z_0-9]*)(?<hyphenated>(-[A-Za-z0-9]+)*)"
			+ "|(?<other>.)");
	private static final Pattern UNIT = Pattern.compile("\\$(/[A-Za-z]+)?|%|/[A-Za-z]+|[A-Za-z]+(/[A-Za-z]+)?");

	/** One coloured stretch of text. */
	private record Stretch(int offset, int length, IToken token) {
	}

	private final Set<String> keywords;
	private final ScenarioColours colours;
	private final List<Stretch> stretches = new ArrayList<>();
	private int next;
	private Stretch current;

	ScenarioTokenScanner(Set<String> keywords, ScenarioColours colours) {
		this.keywords = keywords;
		this.colours = colours;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		stretches.clear();
		next = 0;
		try {
			scan(document.get(offset, length), offset);
		} catch (BadLocationException e) {
			stretches.add(new Stretch(offset, length, colours.plain()));
		}
	}

	private void scan(String text, int base) {
		Matcher matcher = LEXEME.matcher(text);
		boolean afterNumber = false;
		int position = 0;
		while (position < text.length() && matcher.find(position)) {
			int end = matcher.end();
			IToken token;
			if (matcher.group("space") != null) {
				token = Token.WHITESPACE;
				afterNumber = afterNumber && !matcher.group("space").contains("\n");
				add(base + position, end - position, token);
				position = end;
				continue;
			}
			Matcher unit = afterNumber ? UNIT.matcher(text).region(position, text.length()) : null;
			if (unit != null && unit.lookingAt() && !keywords.contains(unit.group())) {
				end = unit.end();
				token = colours.unit();
			} else if (matcher.group("comment") != null) {
				token = colours.comment();
			} else if (matcher.group("string") != null) {
				token = colours.string();
			} else if (matcher.group("number") != null) {
				token = colours.number();
			} else if (matcher.group("word") != null) {
				String hyphenated = matcher.group("word") + matcher.group("hyphenated");
				if (keywords.contains(hyphenated)) {
					token = colours.keyword();
				} else {
					end = matcher.end("word");
					token = keywords.contains(matcher.group("word")) ? colours.keyword() : colours.plain();
				}
			} else {
				token = colours.plain();
			}
			afterNumber = token == colours.number();
			add(base + position, end - position, token);
			position = end;
		}
	}

	private void add(int offset, int length, IToken token) {
		stretches.add(new Stretch(offset, length, token));
	}

	@Override
	public IToken nextToken() {
		if (next >= stretches.size()) {
			current = null;
			return Token.EOF;
		}
		current = stretches.get(next++);
		return current.token();
	}

	@Override
	public int getTokenOffset() {
		return current.offset();
	}

	@Override
	public int getTokenLength() {
		return current.length();
	}
}
