package dev.xtp4j.schema.value;

import dev.xtp4j.schema.XtpSchema;
import dev.xtp4j.schema.XtpSchemas;
import dev.xtp4j.schema.model.EnumType;
import dev.xtp4j.schema.model.ObjectType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test schema {@code values/shop.yaml} and typed access to its types. */
public final class Shop {
    /** The parsed schema. */
    public static final XtpSchema SCHEMA = load();

    private Shop() {
    }

    private static XtpSchema load() {
        try (var in = Shop.class.getResourceAsStream("/values/shop.yaml")) {
            return XtpSchemas.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns an object type.
     *
     * @param name the name
     * @return the type
     */
    public static ObjectType object(String name) {
        return (ObjectType) SCHEMA.type(name).orElseThrow();
    }

    /**
     * Returns an enum type.
     *
     * @param name the name
     * @return the type
     */
    public static EnumType enumType(String name) {
        return (EnumType) SCHEMA.type(name).orElseThrow();
    }

    /**
     * Returns a resource as text.
     *
     * @param name the path under {@code /values/}
     * @return the text
     */
    public static String resource(String name) {
        try (var in = Shop.class.getResourceAsStream("/values/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
