package cn.gov.xinxiang.agri.platform.consumer;

/**
 * The event is well-formed but breaks a rule of the consumer (an unknown asset class, a county that
 * is not the region's county, ...) and will never apply as it is: {@link ReliableConsumer} parks it at
 * once as POISON instead of retrying. Throw it from {@link EventHandler#apply}; any other exception
 * counts as a passing failure and is retried.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
