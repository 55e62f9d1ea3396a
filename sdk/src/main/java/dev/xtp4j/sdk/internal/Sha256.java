package dev.xtp4j.sdk.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 in the form Extism manifests use: 64 lower-case hex digits. Not part of the public API. */
public final class Sha256 {
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {}

    /**
     * Whether a string has the manifest's hash form.
     *
     * @param hash the candidate
     * @return true for 64 lower-case hex digits
     */
    public static boolean isSha256(String hash) {
        return FORM.matcher(hash).matches();
    }

    /**
     * Hashes bytes.
     *
     * @param bytes the bytes
     * @return 64 lower-case hex digits
     */
    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
