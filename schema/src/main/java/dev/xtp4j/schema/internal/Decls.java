package dev.xtp4j.schema.internal;

import dev.xtp4j.schema.model.CodeSample;
import dev.xtp4j.schema.model.MediaType;
import dev.xtp4j.schema.model.XtpType;
import java.util.List;
import java.util.Optional;

/**
 * The validated, not yet linked form of a document: what the builder knows after one pass, before references are
 * resolved into the model. References are still names here, so cycles can be found before any model object exists.
 */
final class Decls {

    private Decls() {
    }

    /** A type expression at a use site. */
    sealed interface TypeExpr {
    }

    /** A type without references (primitive, free-form object). */
    record Prim(XtpType type) implements TypeExpr {
    }

    /** A {@code $ref} to an existing component schema; {@code at} is the {@code $ref} value. */
    record Ref(String name, Node at) implements TypeExpr {
    }

    /** An array. */
    record Arr(TypeExpr items, boolean nullableItems) implements TypeExpr {
    }

    /** A map with string keys. */
    record MapOf(TypeExpr values, boolean nullableValues) implements TypeExpr {
    }

    /** An enum written inline, to be hoisted to a named type. */
    record InlineEnum(InlineEnumDecl decl) implements TypeExpr {
    }

    /** A node whose type could not be determined; an error has been reported. */
    record Invalid() implements TypeExpr {
    }

    /** An inline enum; its name is assigned once every component name is known. */
    static final class InlineEnumDecl {
        final String proposedName;
        final List<String> values;
        String name;

        InlineEnumDecl(String proposedName, List<String> values) {
            this.proposedName = proposedName;
            this.values = List.copyOf(values);
        }
    }

    /** What a component schema turned out to be. */
    enum ComponentKind { OBJECT, ENUM, ALIAS }

    /** A field of an object schema. */
    record FieldDecl(String name, String javaName, Node key, String path, TypeExpr type, boolean required,
            boolean nullable, Optional<String> description) {
    }

    /** A component schema. */
    static final class ComponentDecl {
        final String name;
        final String path;
        final Node key;
        ComponentKind kind = ComponentKind.ALIAS;
        Optional<String> description = Optional.empty();
        boolean nullable;
        List<FieldDecl> fields = List.of();
        List<String> enumValues = List.of();
        TypeExpr aliasOf = new Invalid();
        String javaName;

        ComponentDecl(String name, String path, Node key) {
            this.name = name;
            this.path = path;
            this.key = key;
            this.javaName = name;
        }
    }

    /** A function's input or output. {@code contentTypeAt} is the contentType value, or the parameter node. */
    record ParamDecl(TypeExpr type, boolean nullable, Optional<MediaType> mediaType, Optional<String> description,
            String path, Node contentTypeAt) {
    }

    /** An export or import. */
    record FunctionDecl(String name, String javaName, String path, Node key, Optional<String> description,
            Optional<ParamDecl> input, Optional<ParamDecl> output, List<CodeSample> codeSamples) {
    }
}
