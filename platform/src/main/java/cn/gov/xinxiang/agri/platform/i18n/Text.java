package cn.gov.xinxiang.agri.platform.i18n;

import java.util.Arrays;

/**
 * A bundle text not yet rendered: its key and arguments. Rule classes return or throw these so they
 * stay free of problem types; the service turns them into a keyed problem or field error. An argument
 * may itself be {@link Localized} (e.g. another Text).
 */
public record Text(String key, Object... args) implements Localized {

    @Override
    public String in(Language language) {
        return Messages.get().text(language, key, Localized.resolve(language, args));
    }

    /** The English text, for logs and exception messages. */
    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
