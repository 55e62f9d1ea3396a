/** Implementation of the codecs; not API. */
package dev.xtp4j.codec.internal;
