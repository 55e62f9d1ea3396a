package dev.xtp4j.samples.countvowels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Keeps the plugin template ({@code template/}) in step with this build: the same TeaVM setup and versions as this
 * module's pom, and sources that compile against the current PDK. (The template's own build needs the PDK in a Maven
 * repository, so it is not part of the reactor.)
 */
class TemplateTest {
    private static final Path TEMPLATE = Path.of("template");

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && node.getNodeName().equals(name)) {
                return (Element) node;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getNodeName() + ">");
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().trim();
    }

    /** The {@code <configuration>} of the teavm-maven-plugin's {@code compile} execution. */
    private static Element teavmConfiguration(Document pom) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (text(plugin, "artifactId").equals("teavm-maven-plugin")
                    && plugin.getElementsByTagName("executions").getLength() > 0) {
                Element execution = (Element) plugin.getElementsByTagName("execution").item(0);
                assertEquals("process-classes", text(execution, "phase"));
                assertEquals("compile", text(child(execution, "goals"), "goal"));
                return child(execution, "configuration");
            }
        }
        throw new AssertionError("no teavm-maven-plugin execution");
    }

    @Test
    void theTemplateUsesTheSameTeaVmSetupAndVersions() throws Exception {
        Document template = parse(TEMPLATE.resolve("pom.xml"));
        Element properties = child(template.getDocumentElement(), "properties");
        assertEquals(System.getProperty("xtp4j.version"), text(properties, "xtp4j.version"));
        assertEquals(System.getProperty("teavm.version"), text(properties, "teavm.version"));
        assertEquals(System.getProperty("teavm.maven.plugin.version"), text(properties, "teavm.maven.plugin.version"));

        Element ours = teavmConfiguration(parse(Path.of("pom.xml")));
        Element theirs = teavmConfiguration(template);
        for (String setting : List.of("targetType", "optimizationLevel")) {
            assertEquals(text(ours, setting), text(theirs, setting), setting);
        }

        // The TeaVM compiler inside the Maven plugin is overridden to teavm.version.
        NodeList dependencies = template.getElementsByTagName("dependency");
        List<String> overridden = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (dependency.getParentNode().getParentNode().getNodeName().equals("plugin")) {
                assertEquals("${teavm.version}", text(dependency, "version"));
                overridden.add(text(dependency, "artifactId"));
            }
        }
        assertEquals(List.of("teavm-core", "teavm-tooling"), overridden);
    }

    @Test
    void theTemplateCompilesWithoutWarningsAgainstThePdk(@TempDir Path out) throws IOException {
        List<String> sources;
        try (Stream<Path> files = Files.walk(TEMPLATE.resolve("src"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        assertTrue(!sources.isEmpty());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror",
                "-classpath", System.getProperty("java.class.path"), "-d", out.toString()));
        arguments.addAll(sources);
        int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(new String[0]));
        assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));
    }
}
