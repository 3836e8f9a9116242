package cn.gov.xinxiang.agri.platform.problem;

/** Fixture standing for platform's ProblemException (platform-testing does not depend on platform): a refusing and a loading factory. */
public class ProblemException extends RuntimeException {
    public static ProblemException keyed(int status, String slug, String key, Object... args) {
        return new ProblemException();
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException();
    }
}
