package dev.xtp4j.sdk;

import java.util.List;

/** The plugin's main module has no callable export of that name. */
public final class FunctionNotFoundException extends CallException {
    private static final long serialVersionUID = 1L;

    private final List<String> available;

    /**
     * Creates the exception.
     *
     * @param function the name that was asked for
     * @param available the callable exports of the main module
     */
    public FunctionNotFoundException(String function, List<String> available) {
        super(function, -1, "Function not found: " + function + " (the plugin exports "
                + (available.isEmpty() ? "no callable functions" : String.join(", ", available)) + ")", null);
        this.available = List.copyOf(available);
    }

    /**
     * Creates the exception for an export that exists but cannot be called.
     *
     * @param function the name that was asked for
     * @param reason why it cannot be called
     * @param available the callable exports of the main module
     */
    public FunctionNotFoundException(String function, String reason, List<String> available) {
        super(function, -1, reason, null);
        this.available = List.copyOf(available);
    }

    /**
     * The callable exports of the main module.
     *
     * @return export names in module order
     */
    public List<String> available() {
        return available;
    }
}
