package dev.xtp4j.codec.internal.karmem;

/** The exceptions the binding nodes throw; {@link KarmemObjectCodec} turns them into codec exceptions. */
final class Failures {
    private Failures() {
    }

    /**
     * A value could not be encoded. The path is built on the way out: each struct, list and map prepends its segment
     * ({@code .Field}, {@code [3]}, {@code ["key"]}).
     */
    static final class Encode extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private String path;

        Encode(String detail) {
            super(detail, null, false, false);
            this.path = "";
        }

        Encode prepend(String segment) {
            path = segment + path;
            return this;
        }

        String path() {
            return path;
        }
    }

    /** Bytes could not be decoded into the Java type; {@code where} is the field (and byte offset when known). */
    static final class Decode extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String where;

        Decode(String where, String detail) {
            super(detail, null, false, false);
            this.where = where;
        }

        String where() {
            return where;
        }
    }

    static Encode encode(String detail) {
        return new Encode(detail);
    }

    static Decode decode(String where, String detail) {
        return new Decode(where, detail);
    }
}
