package dev.xtp4j.sdk;

/**
 * The export returned a non-zero code without setting an error, or a WASI plugin called {@code proc_exit} with a
 * non-zero code. The plugin stays usable.
 */
public final class ExitCodeException extends CallException {
    private static final long serialVersionUID = 1L;

    private final boolean procExit;

    /**
     * Creates the exception.
     *
     * @param function the export that was called
     * @param exitCode the code
     * @param procExit whether the code came from WASI {@code proc_exit} rather than the export's result
     */
    public ExitCodeException(String function, int exitCode, boolean procExit) {
        super(function, exitCode, procExit
                ? "plugin function `" + function + "` called proc_exit with exit code " + exitCode
                : "Returned non-zero exit code: " + exitCode + " (from plugin function `" + function + "`)", null);
        this.procExit = procExit;
    }

    /**
     * Whether the code came from WASI {@code proc_exit}.
     *
     * @return true for {@code proc_exit}, false for the export's return value
     */
    public boolean isProcExit() {
        return procExit;
    }
}
