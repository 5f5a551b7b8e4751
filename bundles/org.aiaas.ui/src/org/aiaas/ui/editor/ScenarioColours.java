package org.aiaas.ui.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The editor's colours: one token per kind of text, shared by the scanners of one editor. */
final class ScenarioColours {

	private final IToken keyword = token(new Color(127, 0, 85), SWT.BOLD);
	private final IToken number = token(new Color(0, 0, 192), SWT.NORMAL);
	private final IToken unit = token(new Color(0, 128, 128), SWT.ITALIC);
	private final IToken string = token(new Color(42, 0, 255), SWT.NORMAL);
	private final IToken comment = token(new Color(63, 127, 95), SWT.NORMAL);
	private final IToken plain = new Token(null);

	private static IToken token(Color foreground, int style) {
		return new Token(new TextAttribute(foreground, null, style));
	}

	IToken keyword() {
		return keyword;
	}

	IToken number() {
		return number;
	}

	IToken unit() {
		return unit;
	}

	IToken string() {
		return string;
	}

	IToken comment() {
		return comment;
	}

	IToken plain() {
		return plain;
	}
}
