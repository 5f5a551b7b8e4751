package org.aiaas.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.aiaas.diagram.Diagram;
import org.aiaas.diagram.render.SvgWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG export is XML any tool can read, with one group per box and line. */
class SvgWriterTest {

	@Test
	void cityIsWellFormedSvgWithEveryLabel() throws Exception {
		Diagram diagram = Examples.laidOut("city.aiaas");
		Document svg = parse(SvgWriter.write(diagram));
		Element root = svg.getDocumentElement();
		assertEquals("svg", root.getTagName());
		assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
		// 23 boxes + 17 lines (TopologyDiagramTest) = 40 groups.
		assertEquals(40, svg.getElementsByTagNameNS("*", "g").getLength());
		assertEquals(3, groups(svg, "cell").size());
		assertEquals(10, groups(svg, "flow").size());
		List<String> texts = texts(svg);
		for (String label : List.of("downtown", "campus", "harbour", "phones", "students", "cameras", "edgeDowntown",
				"edgeCampus", "edgeHarbour", "cloudRegion", "2 × L40S", "detector", "assistant8b", "moonsNet",
				"100 Gbps · 8 ms", "traffic · 80 /s", "homework · 10 /s on/off")) {
			assertTrue(texts.contains(label), "no text '" + label + "' in " + texts);
		}
	}

	@Test
	void sizeIsTheDrawingsSize() throws Exception {
		Diagram diagram = Examples.laidOut("edge-vs-cloud.aiaas");
		Element root = parse(SvgWriter.write(diagram)).getDocumentElement();
		assertEquals(Math.ceil(diagram.width()), Double.parseDouble(root.getAttribute("width")), 0.05);
		assertEquals(Math.ceil(diagram.height()), Double.parseDouble(root.getAttribute("height")), 0.05);
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Element> groups(Document svg, String mapping) {
		List<Element> found = new ArrayList<>();
		NodeList groups = svg.getElementsByTagNameNS("*", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("class").equals(mapping)) {
				found.add(group);
			}
		}
		return found;
	}

	private static List<String> texts(Document svg) {
		List<String> texts = new ArrayList<>();
		NodeList nodes = svg.getElementsByTagNameNS("*", "text");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}
}
