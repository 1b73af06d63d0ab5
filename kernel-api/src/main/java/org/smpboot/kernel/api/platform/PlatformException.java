package org.smpboot.kernel.api.platform;

/**
 * Thrown when a platform cannot be created or selected: a provider that does not fit the hardware,
 * a setting it refuses, a firmware structure it needs but cannot trust. The message is one line
 * that names what was expected and what was found.
 */
public final class PlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was expected and what was found
     */
    public PlatformException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what was expected and what was found
     * @param cause   the underlying failure
     */
    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
