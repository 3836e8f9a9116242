package cn.gov.xinxiang.agri.platform.i18n;

/** A message argument that is itself text in the reader's language (e.g. the name of a kind of record). */
@FunctionalInterface
public interface Localized {

    String in(Language language);

    /** "project" → 项目 / project, from key {@code noun.project} (spaces become dashes); unknown nouns stay as given. */
    static Localized noun(String english) {
        String key = "noun." + english.trim().replace(' ', '-');
        return l -> Messages.get().has(key) ? Messages.get().text(l, key) : english;
    }

    /** A bundle text used as an argument of another. */
    static Localized text(String key, Object... args) {
        return l -> Messages.get().text(l, key, resolve(l, args));
    }

    static Object[] resolve(Language l, Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Localized loc ? loc.in(l) : args[i];
        }
        return out;
    }
}
