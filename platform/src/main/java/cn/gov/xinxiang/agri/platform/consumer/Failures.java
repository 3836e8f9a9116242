package cn.gov.xinxiang.agri.platform.consumer;

import cn.gov.xinxiang.agri.contracts.CloudEvent;

/**
 * Poison or passing: the one rule that decides whether a failed event is retried. Only a
 * {@link CloudEvent.MalformedEventException} or a {@link PoisonEventException} anywhere in the cause
 * chain makes an event poison; everything else (SQL errors, lock and transaction timeouts, a lost
 * connection, a bug) is retried, because retrying a poison event costs minutes while dropping a valid
 * one loses its effect for good.
 */
public final class Failures {

    static final int MAX_REASON = 2000;
    /** Cause chains are short; a longer one is a cycle. */
    private static final int MAX_DEPTH = 32;

    private Failures() {
    }

    public static DeadLetterKind classify(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = t.getCause()) {
            if (t instanceof CloudEvent.MalformedEventException || t instanceof PoisonEventException) {
                return DeadLetterKind.POISON;
            }
        }
        return DeadLetterKind.TRANSIENT;
    }

    public static boolean isPoison(Throwable failure) {
        return classify(failure) == DeadLetterKind.POISON;
    }

    /**
     * What an operator needs to read: the poison exception's message when there is one, otherwise
     * the outermost message followed by the root cause's (for a lock timeout that is PostgreSQL's own
     * words), bounded in length.
     */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = t.getCause()) {
            if (t instanceof CloudEvent.MalformedEventException || t instanceof PoisonEventException) {
                return bound(t.getMessage());
            }
            root = t;
        }
        String outer = describe(failure);
        String text = root == failure ? outer : outer + " <- " + describe(root);
        return bound(text);
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static String bound(String s) {
        if (s == null) {
            return "(no message)";
        }
        return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON - 1) + "…";
    }
}
