package dev.xtp4j.schema.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keyword lists behind the reference parser's "Potentially Invalid identifier" warning: the reserved words of
 * Python, Go, C#, Rust, C++ and Zig, matched case-insensitively, reported in that language order.
 */
final class Keywords {

    private Keywords() {
    }

    private record Language(String id, Set<String> words) {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language("python", Set.of("and", "as", "assert", "async", "await", "break", "class", "continue",
                    "def", "del", "elif", "else", "except", "false", "finally", "for", "from", "global", "if",
                    "import", "in", "is", "lambda", "none", "nonlocal", "not", "or", "pass", "raise", "return",
                    "true", "try", "while", "with", "yield")),
            new Language("go", Set.of("break", "case", "chan", "const", "continue", "default", "defer", "else",
                    "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package",
                    "range", "return", "select", "struct", "switch", "type", "var")),
            new Language("csharp", Set.of("abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char",
                    "checked", "class", "const", "continue", "decimal", "default", "delegate", "do", "double",
                    "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
                    "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
                    "namespace", "new", "null", "object", "operator", "out", "override", "params", "private",
                    "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof",
                    "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
                    "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile",
                    "while")),
            new Language("rust", Set.of("abstract", "as", "async", "await", "become", "box", "break", "const",
                    "continue", "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "if",
                    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
                    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
                    "unsafe", "unsized", "use", "virtual", "where", "while", "yield")),
            new Language("cpp", Set.of("alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor",
                    "bool", "break", "case", "catch", "char", "char16_t", "char32_t", "char8_t", "class", "co_await",
                    "co_return", "co_yield", "compl", "concept", "const", "const_cast", "consteval", "constexpr",
                    "constinit", "continue", "decltype", "default", "delete", "do", "double", "dynamic_cast", "else",
                    "enum", "explicit", "export", "extern", "false", "float", "for", "friend", "goto", "if",
                    "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr",
                    "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
                    "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast",
                    "struct", "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef",
                    "typeid", "typename", "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t",
                    "while", "xor", "xor_eq")),
            new Language("zig", Set.of("addrspace", "align", "allowzero", "and", "anyframe", "anytype", "asm",
                    "async", "await", "break", "callconv", "catch", "comptime", "const", "continue", "defer", "else",
                    "enum", "errdefer", "error", "export", "extern", "fn", "for", "if", "inline", "linksection",
                    "noalias", "noinline", "nosuspend", "opaque", "or", "orelse", "packed", "pub", "resume",
                    "return", "struct", "suspend", "switch", "test", "threadlocal", "try", "union", "unreachable",
                    "usingnamespace", "var", "volatile", "while")));

    /** @return the languages that reserve the name (case-insensitively), in the reference order; empty if none */
    static List<String> languagesReserving(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> result = new ArrayList<>();
        for (Language l : LANGUAGES) {
            if (l.words().contains(lower)) {
                result.add(l.id());
            }
        }
        return result;
    }
}
