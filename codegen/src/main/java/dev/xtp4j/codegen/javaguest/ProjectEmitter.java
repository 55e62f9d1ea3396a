package dev.xtp4j.codegen.javaguest;

import com.palantir.javapoet.TypeName;
import dev.xtp4j.codegen.GeneratorException;
import dev.xtp4j.codegen.javaguest.GuestModel.Function;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Writes the user-owned build files of a new Java plugin project: {@code pom.xml} (the TeaVM setup of
 * {@code sample-plugins/java/template}, plus {@code xtp:generate} for the bindings), {@code README.md},
 * {@code xtp.toml} and {@code .gitignore}. The implementation stub comes from {@link ExportsEmitter#userStub()}.
 */
final class ProjectEmitter {
    /** The versions this build of the generator writes into new projects (a resource filtered by Maven). */
    private static final Properties VERSIONS = versions();
    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    private static final Pattern QUALIFIER = Pattern.compile("\\b(?:[a-z_$][A-Za-z0-9_$]*\\.)+(?=[A-Z])");

    private final GuestModel model;

    ProjectEmitter(GuestModel model) {
        this.model = model;
    }

    /**
     * The version of a component, as this build of xtp4j uses it.
     *
     * @param key {@code xtp4j.version}, {@code teavm.version} or {@code teavm.maven.plugin.version}
     * @return the version
     */
    static String version(String key) {
        String v = VERSIONS.getProperty(key);
        if (v == null || v.startsWith("${")) {
            throw new GeneratorException("the xtp4j-codegen jar lacks the version of " + key);
        }
        return v;
    }

    private static Properties versions() {
        Properties p = new Properties();
        try (InputStream in = ProjectEmitter.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the versions of the java-guest target", e);
        }
        return p;
    }

    private String name() {
        return model.options.projectName();
    }

    String pom() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(GuestModel.NAME_SETTING, model.api.simpleName());
        model.options.settings().forEach((k, v) -> {
            if (k.startsWith("java-guest.") && !k.equals(GuestModel.NAME_SETTING)) {
                settings.put(k, v);
            }
        });
        StringBuilder config = new StringBuilder();
        config.append("              <settings>\n");
        settings.forEach((k, v) -> config.append("                <").append(k).append('>').append(xml(v))
                .append("</").append(k).append(">\n"));
        config.append("              </settings>\n");
        Map<String, String> overrides = new java.util.TreeMap<>(model.options.contentTypeOverrides());
        if (!overrides.isEmpty()) {
            if (overrides.keySet().stream().allMatch(k -> XML_NAME.matcher(k).matches())) {
                config.append("              <contentTypes>\n");
                overrides.forEach((k, v) -> config.append("                <").append(k).append('>').append(xml(v))
                        .append("</").append(k).append(">\n"));
                config.append("              </contentTypes>\n");
            } else {
                StringBuilder list = new StringBuilder();
                overrides.forEach((k, v) -> list.append(list.length() == 0 ? "" : ",").append(k).append('=')
                        .append(v));
                config.append("              <contentTypeList>").append(xml(list.toString()))
                        .append("</contentTypeList>\n");
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!--
                  %1$s: an Extism plugin in Java, created by xtp4j from an XTP schema (schema.yaml).
                  Build: mvn package   ->   target/wasm/%1$s.wasm   (see README.md)
                -->
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>

                  <groupId>%2$s</groupId>
                  <artifactId>%1$s</artifactId>
                  <version>0.1.0-SNAPSHOT</version>

                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>

                    <xtp4j.version>%3$s</xtp4j.version>
                    <!-- 0.13.1 is the last TeaVM with the classic (linear-memory) WebAssembly backend that Extism hosts run. -->
                    <teavm.version>%4$s</teavm.version>
                    <!-- The newest teavm-maven-plugin on Maven Central that drives it (its own TeaVM is overridden below). -->
                    <teavm.maven.plugin.version>%5$s</teavm.maven.plugin.version>

                    <!-- TeaVM's main class (generated, with the @Export methods), and the module's file name. -->
                    <plugin.mainClass>%6$s</plugin.mainClass>
                    <plugin.wasm>%1$s.wasm</plugin.wasm>
                  </properties>

                  <dependencies>
                    <dependency>
                      <groupId>dev.xtp4j</groupId>
                      <artifactId>xtp4j-java-pdk</artifactId>
                      <version>${xtp4j.version}</version>
                    </dependency>
                    <!-- The Java class library TeaVM compiles against. -->
                    <dependency>
                      <groupId>org.teavm</groupId>
                      <artifactId>teavm-classlib</artifactId>
                      <version>${teavm.version}</version>
                      <scope>provided</scope>
                    </dependency>
                  </dependencies>

                  <build>
                    <pluginManagement>
                      <!-- Pinned, so that the build does not depend on the Maven version's defaults. -->
                      <plugins>
                        <plugin>
                          <groupId>org.apache.maven.plugins</groupId>
                          <artifactId>maven-resources-plugin</artifactId>
                          <version>3.3.1</version>
                        </plugin>
                        <plugin>
                          <groupId>org.apache.maven.plugins</groupId>
                          <artifactId>maven-compiler-plugin</artifactId>
                          <version>3.14.1</version>
                        </plugin>
                        <plugin>
                          <groupId>org.apache.maven.plugins</groupId>
                          <artifactId>maven-surefire-plugin</artifactId>
                          <version>3.5.4</version>
                        </plugin>
                        <plugin>
                          <groupId>org.apache.maven.plugins</groupId>
                          <artifactId>maven-jar-plugin</artifactId>
                          <version>3.4.2</version>
                        </plugin>
                      </plugins>
                    </pluginManagement>
                    <plugins>
                      <!-- The bindings: types, JSON, the @Export wrappers and the typed host functions, regenerated from
                           schema.yaml in every build into target/generated-sources/xtp (a compile source folder). -->
                      <plugin>
                        <groupId>dev.xtp4j</groupId>
                        <artifactId>xtp-maven-plugin</artifactId>
                        <version>${xtp4j.version}</version>
                        <executions>
                          <execution>
                            <goals>
                              <goal>generate</goal>
                            </goals>
                            <configuration>
                              <schema>${project.basedir}/schema.yaml</schema>
                              <target>java-guest</target>
                              <packageName>%2$s</packageName>
                %7$s              </configuration>
                          </execution>
                        </executions>
                      </plugin>
                      <!-- Java bytecode to WebAssembly, after compilation: target/wasm/${plugin.wasm}. -->
                      <plugin>
                        <groupId>org.teavm</groupId>
                        <artifactId>teavm-maven-plugin</artifactId>
                        <version>${teavm.maven.plugin.version}</version>
                        <dependencies>
                          <dependency>
                            <groupId>org.teavm</groupId>
                            <artifactId>teavm-core</artifactId>
                            <version>${teavm.version}</version>
                          </dependency>
                          <dependency>
                            <groupId>org.teavm</groupId>
                            <artifactId>teavm-tooling</artifactId>
                            <version>${teavm.version}</version>
                          </dependency>
                        </dependencies>
                        <executions>
                          <execution>
                            <id>wasm</id>
                            <phase>process-classes</phase>
                            <goals>
                              <goal>compile</goal>
                            </goals>
                            <configuration>
                              <targetType>WEBASSEMBLY_WASI</targetType>
                              <mainClass>${plugin.mainClass}</mainClass>
                              <optimizationLevel>ADVANCED</optimizationLevel>
                              <targetDirectory>${project.build.directory}/wasm</targetDirectory>
                              <targetFileName>${plugin.wasm}</targetFileName>
                            </configuration>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(name(), model.packageName, version("xtp4j.version"), version("teavm.version"),
                version("teavm.maven.plugin.version"), model.exports.canonicalName(), config);
    }

    String xtpToml() {
        return """
                # The project file of the xtp tools (see https://docs.xtp.dylibso.com).
                app_id = ""
                extension_point_id = ""
                name = "%1$s"
                bin = "target/wasm/%1$s.wasm"

                [scripts]
                build = "mvn -B -q package"
                format = ""
                prepare = "command -v mvn > /dev/null || echo 'install Java 17 and Maven 3.8 or newer' >&2"
                """.formatted(name());
    }

    String gitignore() {
        return "target/\n";
    }

    String readme() {
        String pkgPath = model.packageName.replace('.', '/');
        StringBuilder exports = new StringBuilder();
        for (Function f : model.exportFunctions) {
            exports.append("| `").append(f.name()).append("` | ");
            if (f.unsupported().isPresent()) {
                exports.append("none: every call fails (").append(f.unsupported().get()).append(")");
            } else {
                exports.append("`").append(signature(f)).append("`");
            }
            exports.append(" |\n");
        }
        StringBuilder imports = new StringBuilder();
        for (Function f : model.importFunctions) {
            imports.append("| `").append(f.name()).append("` | `").append(GuestDocs.signature(f)).append("` | ");
            if (f.unsupported().isPresent()) {
                imports.append("none (").append(f.unsupported().get()).append(")");
            } else {
                imports.append("`").append(model.host.simpleName()).append('.').append(signature(f)).append("`");
            }
            imports.append(" |\n");
        }
        String exportTable = exports.length() == 0 ? "The schema has no exports.\n"
                : "| Export | Implement in `" + model.impl.simpleName() + "` |\n|---|---|\n" + exports;
        String importTable = imports.length() == 0 ? "The schema has no imports.\n"
                : "| Import (`extism:host/user`) | wasm | Call it as |\n|---|---|---|\n" + imports;
        String tryIt = model.importFunctions.isEmpty()
                ? "```sh\nxtp call target/wasm/" + name() + ".wasm <export> --input '<input>'\n```\n"
                : "The plugin imports host functions, so a host must provide them (module `extism:host/user`, the\n"
                        + "signatures above) before it can load the plugin. A Java host generated from the same schema\n"
                        + "(`xtp generate schema.yaml --target java-host`) implements them as an interface; see\n"
                        + "\"Java host stubs\" in xtp4j's `docs/codegen.md`.\n";
        return """
                # %1$s

                An Extism plugin written in Java, created by xtp4j from an XTP schema and compiled to WebAssembly by
                TeaVM 0.13.1 with the xtp4j Java PDK.

                | File | Owner | Contents |
                |---|---|---|
                | `src/main/java/%2$s/%3$s.java` | you | the plugin: one method per export |
                | `pom.xml`, `README.md`, `xtp.toml`, `.gitignore` | you | build, this text, project file |
                | `schema.yaml` | you | the schema; the build generates the bindings from it |
                | `target/generated-sources/xtp/%2$s/` | generated, do not edit | `%4$s` (the interface you implement), `%5$s` (TeaVM's main class, the `@Export` wrappers), `%6$s` (host functions), `%7$s` and `%8$s` (JSON)%12$s, the records and enums of the schema |

                ## Build

                ```sh
                mvn package            # writes target/wasm/%1$s.wasm
                ```

                It needs Java 17 and Maven 3.8 or newer. TeaVM comes from Maven Central; the xtp4j artifacts
                (`xtp4j-java-pdk`, `xtp-maven-plugin`) from your local Maven repository: in a clone of xtp4j, run
                `mvn -B install -DskipTests` once. The build first runs `xtp:generate`, which regenerates the bindings
                from `schema.yaml` into `target/generated-sources/xtp`, then compiles, then TeaVM (in `process-classes`,
                15 to 30 seconds) writes the module. After a change to `schema.yaml`, the compiler tells you which
                methods of `%3$s` to add or change.

                ## Exports

                %9$s
                Inputs are decoded before your method runs, and what it returns is encoded after. To fail a call,
                throw: `PluginException("message")` fails it with that message (return code -1, or the code you give),
                any other exception with its class name and message.

                ## Imports

                %10$s
                ## Try it

                %11$s""".formatted(name(), pkgPath, model.impl.simpleName(), model.api.simpleName(),
                model.exports.simpleName(), model.host.simpleName(), model.json.simpleName(), model.wire.simpleName(),
                exportTable, importTable, tryIt, model.usesMsgPack() ? ", `" + model.msgpack.simpleName() + "` and `"
                        + model.msgpackWire.simpleName() + "` (MessagePack)" : "");
    }

    private static String signature(Function f) {
        String in = f.input().map(p -> simple(p.javaType()) + " input").orElse("");
        String out = f.output().map(p -> simple(p.javaType())).orElse("void");
        return out + " " + f.method() + "(" + in + ")";
    }

    private static String simple(TypeName type) {
        return QUALIFIER.matcher(type.toString()).replaceAll("");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
