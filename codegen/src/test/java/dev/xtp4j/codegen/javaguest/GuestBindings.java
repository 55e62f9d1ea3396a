package dev.xtp4j.codegen.javaguest;

import dev.xtp4j.codegen.GeneratedFile;
import dev.xtp4j.codegen.GeneratorOptions;
import dev.xtp4j.pdk.json.JsonReader;
import dev.xtp4j.pdk.json.JsonWriter;
import dev.xtp4j.pdk.msgpack.MsgPackReader;
import dev.xtp4j.pdk.msgpack.MsgPackWriter;
import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import dev.xtp4j.schema.model.XtpFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The guest bindings of the kitchen-sink schema, generated, compiled against the Java PDK and loaded on the JVM, so
 * that tests can run their JSON code (which needs no WebAssembly) by reflection.
 */
final class GuestBindings {
    static final String PACKAGE = "generated.guest";

    private final ClassLoader loader;
    private final List<GeneratedFile> files;

    private GuestBindings(ClassLoader loader, List<GeneratedFile> files) {
        this.loader = loader;
        this.files = files;
    }

    /**
     * Generates, compiles and loads the bindings of the kitchen-sink schema (MessagePack and Karmem exports stubbed).
     *
     * @param dir a folder for the classes
     * @return the loaded bindings
     */
    static GuestBindings kitchenSink(Path dir) {
        XtpSchema schema = XtpSchemas.read(Repo.root().resolve("sample-plugins/kitchen-sink.yaml")).schema()
                .orElseThrow();
        List<GeneratedFile> files = new JavaGuestGenerator().generate(schema, GeneratorOptions.builder()
                .packageName(PACKAGE).projectName("kitchen-sink").schemaName("kitchen-sink.yaml")
                .setting("java-guest.unsupported", "stub").build());
        try {
            return new GuestBindings(GuestCompiler.compile(files, Files.createDirectories(dir)), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generates, compiles and loads the bindings of the kitchen-sink schema with every function's input and output in
     * MessagePack, so that {@code KitchenSinkMsgPack} has the codecs of every type.
     *
     * @param dir a folder for the classes
     * @return the loaded bindings
     */
    static GuestBindings kitchenSinkMsgPack(Path dir) {
        XtpSchema schema = XtpSchemas.read(Repo.root().resolve("sample-plugins/kitchen-sink.yaml")).schema()
                .orElseThrow();
        GeneratorOptions.Builder options = GeneratorOptions.builder().packageName(PACKAGE).projectName("kitchen-sink")
                .schemaName("kitchen-sink.yaml");
        for (XtpFunction f : Stream.concat(schema.exports().stream(), schema.imports().stream()).toList()) {
            if (f.input().isPresent() || f.output().isPresent()) {
                options.contentTypeOverride(f.name(), "application/x-msgpack");
            }
        }
        List<GeneratedFile> files = new JavaGuestGenerator().generate(schema, options.build());
        try {
            return new GuestBindings(GuestCompiler.compile(files, Files.createDirectories(dir)), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one value with {@code KitchenSinkMsgPack.read<type>}. */
    Object readMsgPack(String type, byte[] msgpack) throws Exception {
        MsgPackReader reader = new MsgPackReader(msgpack);
        Object value = call("KitchenSinkMsgPack", "read" + type, new Class<?>[] {MsgPackReader.class}, reader);
        reader.endDocument();
        return value;
    }

    /** Writes a value with {@code KitchenSinkMsgPack.write<type>}. */
    byte[] writeMsgPack(String type, Object value) throws Exception {
        MsgPackWriter writer = new MsgPackWriter();
        call("KitchenSinkMsgPack", "write" + type, new Class<?>[] {MsgPackWriter.class, type(type)}, writer, value);
        return writer.toByteArray();
    }

    List<GeneratedFile> files() {
        return files;
    }

    Class<?> type(String simpleName) {
        try {
            return Class.forName(PACKAGE + "." + simpleName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls a public static method of a generated class, unwrapping what it throws. */
    Object call(String className, String method, Class<?>[] types, Object... args) throws Exception {
        Method m = type(className).getMethod(method, types);
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw e;
        }
    }

    /** Reads one document with {@code KitchenSinkJson.read<type>}. */
    Object read(String type, String json) throws Exception {
        JsonReader reader = new JsonReader(json.getBytes(StandardCharsets.UTF_8));
        Object value = call("KitchenSinkJson", "read" + type, new Class<?>[] {JsonReader.class}, reader);
        reader.endDocument();
        return value;
    }

    /** Writes a value with {@code KitchenSinkJson.write<type>}. */
    String write(String type, Object value) throws Exception {
        JsonWriter writer = new JsonWriter();
        call("KitchenSinkJson", "write" + type, new Class<?>[] {JsonWriter.class, type(type)}, writer, value);
        return writer.toJson();
    }

    /** A static method of {@code KitchenSinkWire}. */
    Object wire(String method, Class<?>[] types, Object... args) throws Exception {
        return call("KitchenSinkWire", method, types, args);
    }

    /** Creates a record of a generated type through its canonical constructor. */
    Object record(String type, Object... args) throws Exception {
        Class<?> c = type(type);
        Class<?>[] types = Arrays.stream(c.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> ctor = c.getConstructor(types);
        try {
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw e;
        }
    }

    /** A component of a record. */
    static Object get(Object record, String component) throws Exception {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(component)) {
                return c.getAccessor().invoke(record);
            }
        }
        throw new AssertionError("no component " + component + " in " + record.getClass());
    }

    /** The constant of a generated enum. */
    Object constant(String type, String name) {
        for (Object o : type(type).getEnumConstants()) {
            if (((Enum<?>) o).name().equals(name)) {
                return o;
            }
        }
        throw new AssertionError("no constant " + name + " in " + type);
    }
}
