package dev.xtp4j.pdk.msgpack;

/** The kinds of MessagePack value, as {@link MsgPackReader#peek()} tells them. */
public enum MsgPackType {
    /** {@code nil} ({@code c0}). */
    NIL,
    /** {@code true} or {@code false} ({@code c2}, {@code c3}). */
    BOOLEAN,
    /** An integer: a fixint or one of {@code cc}–{@code d3}. */
    INTEGER,
    /** A float 32 or float 64 ({@code ca}, {@code cb}). */
    FLOAT,
    /** A str: fixstr or str 8/16/32 (UTF-8 text). */
    STRING,
    /** A bin 8/16/32 (bytes). */
    BINARY,
    /** An array: fixarray or array 16/32. */
    ARRAY,
    /** A map: fixmap or map 16/32. */
    MAP,
    /** An extension: fixext or ext 8/16/32, for example a timestamp (type -1). */
    EXTENSION
}
