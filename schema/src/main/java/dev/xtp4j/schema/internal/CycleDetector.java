package dev.xtp4j.schema.internal;

import dev.xtp4j.schema.internal.Decls.Arr;
import dev.xtp4j.schema.internal.Decls.ComponentDecl;
import dev.xtp4j.schema.internal.Decls.ComponentKind;
import dev.xtp4j.schema.internal.Decls.FieldDecl;
import dev.xtp4j.schema.internal.Decls.MapOf;
import dev.xtp4j.schema.internal.Decls.Ref;
import dev.xtp4j.schema.internal.Decls.TypeExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds reference cycles between component schemas with the reference normalizer's depth-first walk, so that the
 * message and path come out the same: schemas in document order, fields in order, and the labels {@code items},
 * {@code additionalProperties} and {@code value} for containers. Unlike the reference walk, it also follows nested
 * containers (an array of maps of references) and schemas that are themselves a {@code $ref}, which the reference
 * parser does not check.
 */
final class CycleDetector {

    private final Map<String, ComponentDecl> components;
    private final Sink sink;
    private final List<String> path = new ArrayList<>(List.of("#", "components", "schemas"));
    private final Map<String, Integer> onStack = new HashMap<>();
    private final Set<String> done = new HashSet<>();

    CycleDetector(Map<String, ComponentDecl> components, Sink sink) {
        this.components = components;
        this.sink = sink;
    }

    void detect() {
        for (ComponentDecl c : components.values()) {
            visitSchema(c.name, c.key);
        }
    }

    private void visitSchema(String name, Node at) {
        Integer start = onStack.get(name);
        if (start != null) {
            List<String> cycle = new ArrayList<>(path.subList(start, path.size()));
            cycle.add(name);
            sink.error(Messages.circularReference(cycle), String.join("/", path), at);
            return;
        }
        if (done.contains(name)) {
            return;
        }
        ComponentDecl c = components.get(name);
        onStack.put(name, path.size());
        path.add(name);
        if (c.kind == ComponentKind.OBJECT) {
            for (FieldDecl f : c.fields) {
                use(f.type(), f.name());
            }
        } else if (c.kind == ComponentKind.ALIAS) {
            if (c.aliasOf instanceof MapOf map) {
                use(map.values(), "additionalProperties");
            } else {
                visit(c.aliasOf);
            }
        }
        path.remove(path.size() - 1);
        onStack.remove(name);
        done.add(name);
    }

    private void use(TypeExpr expr, String label) {
        path.add(label);
        visit(expr);
        path.remove(path.size() - 1);
    }

    private void visit(TypeExpr expr) {
        if (expr instanceof Ref ref) {
            visitSchema(ref.name(), ref.at());
        } else if (expr instanceof Arr arr) {
            path.add("items");
            visit(arr.items());
            path.remove(path.size() - 1);
        } else if (expr instanceof MapOf map) {
            path.add("additionalProperties");
            use(map.values(), "value");
            path.remove(path.size() - 1);
        }
    }
}
