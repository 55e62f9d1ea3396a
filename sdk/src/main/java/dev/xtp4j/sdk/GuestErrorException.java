package dev.xtp4j.sdk;

/**
 * The plugin reported an error with {@code error_set}: the call fails with the guest's message, whatever the export
 * returned (even 0). If the guest trapped after setting the error, the return code is -1, as upstream's.
 *
 * <p>The plugin stays usable.
 */
public final class GuestErrorException extends CallException {
    private static final long serialVersionUID = 1L;

    private final String guestMessage;

    /**
     * Creates the exception.
     *
     * @param function the export that was called
     * @param returnCode what the export returned
     * @param guestMessage the message the guest set
     */
    public GuestErrorException(String function, int returnCode, String guestMessage) {
        super(function, returnCode, guestMessage, null);
        this.guestMessage = guestMessage;
    }

    /**
     * The message exactly as the guest set it (UTF-8 decoded).
     *
     * @return the guest's message
     */
    public String guestMessage() {
        return guestMessage;
    }
}
