package dev.xtp4j.codec;

/** What to do with a key of a JSON or MessagePack object that the target type does not declare. */
public enum UnknownKeys {
    /** Reject the value, naming the key (the default: a typo in an optional field name is not silently lost). */
    ERROR,
    /** Skip the key and its value (lets an older host read the output of a newer plugin). */
    IGNORE
}
