package org.aiaas.sim.report;

import java.util.List;
import java.util.Objects;

/**
 * An inline SVG chart for report.html: a title, a plot area with a value axis of nice ticks, axis
 * labels and a legend. Subclasses draw the data; a chart without data says so instead of drawing
 * empty axes. The SVG has no namespace declaration, scripts or links: it is meant to be inlined
 * in an HTML5 page that opens offline. All text is escaped.
 */
public abstract class SvgChart {

	/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
	static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
			"#000000", "#F0E442");

	static final int WIDTH = 680;
	static final int HEIGHT = 320;
	static final double LEFT = 64;
	static final double RIGHT = WIDTH - 170;
	static final double TOP = 36;
	static final double BOTTOM = HEIGHT - 52;
	private static final int LEGEND_CHARS = 22;

	private final String title;
	private final String xLabel;
	private final String yLabel;
	private String emptyMessage = "no data";

	protected SvgChart(String title, String xLabel, String yLabel) {
		this.title = Objects.requireNonNull(title, "the chart title");
		this.xLabel = xLabel == null ? "" : xLabel;
		this.yLabel = yLabel == null ? "" : yLabel;
	}

	/** What the chart says when {@link #hasData()} is false; "no data" unless set. */
	public SvgChart emptyMessage(String message) {
		this.emptyMessage = Objects.requireNonNull(message, "the message");
		return this;
	}

	/** The complete {@code <svg>} element. */
	public final String toSvg() {
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
				.append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
				.append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">");
		svg.append("<title>").append(Html.escape(title)).append("</title>");
		text(svg, WIDTH / 2.0, 20, "middle", "font-weight=\"bold\" font-size=\"14\"", title);
		if (hasData()) {
			drawAxisLabels(svg);
			draw(svg);
		} else {
			svg.append("<rect x=\"").append(Numbers.coordinate(LEFT)).append("\" y=\"").append(Numbers.coordinate(TOP))
					.append("\" width=\"").append(Numbers.coordinate(RIGHT - LEFT)).append("\" height=\"")
					.append(Numbers.coordinate(BOTTOM - TOP)).append("\" fill=\"#f6f6f6\" stroke=\"#ccc\"/>");
			text(svg, (LEFT + RIGHT) / 2, (TOP + BOTTOM) / 2, "middle", "fill=\"#555\" class=\"no-data\"",
					emptyMessage);
		}
		return svg.append("</svg>").toString();
	}

	/** Whether there is anything to draw. */
	protected abstract boolean hasData();

	/** Draws axes, data and legend into the plot area between LEFT..RIGHT and TOP..BOTTOM. */
	protected abstract void draw(StringBuilder svg);

	private void drawAxisLabels(StringBuilder svg) {
		text(svg, (LEFT + RIGHT) / 2, HEIGHT - 10, "middle", "", xLabel);
		svg.append("<text transform=\"translate(14 ").append(Numbers.coordinate((TOP + BOTTOM) / 2))
				.append(") rotate(-90)\" text-anchor=\"middle\">").append(Html.escape(yLabel)).append("</text>");
	}

	/** The y coordinate of {@code value} on {@code scale}. */
	protected static double y(NiceScale scale, double value) {
		return BOTTOM - scale.fraction(value) * (BOTTOM - TOP);
	}

	/** Grid lines and labels of the value axis, and the frame of the plot area. */
	protected static void drawValueAxis(StringBuilder svg, NiceScale scale) {
		for (double tick : scale.ticks()) {
			double y = y(scale, tick);
			line(svg, LEFT, y, RIGHT, y, "#e4e4e4", 1);
			text(svg, LEFT - 6, y + 4, "end", "", Numbers.format(tick));
		}
		line(svg, LEFT, TOP, LEFT, BOTTOM, "#333", 1);
		line(svg, LEFT, BOTTOM, RIGHT, BOTTOM, "#333", 1);
	}

	/** A legend right of the plot area: one colour swatch and name per entry. */
	protected static void drawLegend(StringBuilder svg, List<String> names) {
		double x = RIGHT + 14;
		for (int i = 0; i < names.size(); i++) {
			double y = TOP + 4 + i * 18;
			if (y > HEIGHT - 8) {
				text(svg, x, y, "start", "fill=\"#555\"", "… " + (names.size() - i) + " more");
				return;
			}
			svg.append("<rect x=\"").append(Numbers.coordinate(x)).append("\" y=\"").append(Numbers.coordinate(y))
					.append("\" width=\"12\" height=\"12\" fill=\"").append(color(i)).append("\"/>");
			String name = names.get(i);
			svg.append("<text x=\"").append(Numbers.coordinate(x + 18)).append("\" y=\"")
					.append(Numbers.coordinate(y + 10)).append("\"><title>").append(Html.escape(name))
					.append("</title>").append(Html.escape(shorten(name, LEGEND_CHARS))).append("</text>");
		}
	}

	protected static String color(int index) {
		return PALETTE.get(index % PALETTE.size());
	}

	protected static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String stroke,
			double width) {
		svg.append("<line x1=\"").append(Numbers.coordinate(x1)).append("\" y1=\"").append(Numbers.coordinate(y1))
				.append("\" x2=\"").append(Numbers.coordinate(x2)).append("\" y2=\"").append(Numbers.coordinate(y2))
				.append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(Numbers.coordinate(width))
				.append("\"/>");
	}

	/** A text element; {@code attributes} are trusted markup, {@code content} is escaped. */
	protected static void text(StringBuilder svg, double x, double y, String anchor, String attributes,
			String content) {
		svg.append("<text x=\"").append(Numbers.coordinate(x)).append("\" y=\"").append(Numbers.coordinate(y))
				.append("\" text-anchor=\"").append(anchor).append('"');
		if (!attributes.isEmpty()) {
			svg.append(' ').append(attributes);
		}
		svg.append('>').append(Html.escape(content)).append("</text>");
	}

	/** {@code text} cut to {@code max} characters with an ellipsis, so labels do not overlap. */
	protected static String shorten(String text, int max) {
		String t = text == null ? "" : text;
		return t.length() <= max ? t : t.substring(0, Math.max(1, max - 1)) + "…";
	}
}
