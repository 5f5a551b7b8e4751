package org.aiaas.sim.report;

/** Escaping of text for HTML and SVG, in element content and in quoted attribute values alike. */
public final class Html {

	private Html() {
	}

	/** {@code text} with {@code & < > " '} replaced by entities; null becomes the empty string. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> sb.append("&amp;");
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '"' -> sb.append("&quot;");
			case '\'' -> sb.append("&#39;");
			default -> sb.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
			}
		}
		return sb.toString();
	}
}
