package cn.gov.xinxiang.agri.console.session;

import jakarta.enterprise.context.RequestScoped;

/** The viewer of the current request, set by {@link LoginFilter}. */
@RequestScoped
public class CurrentViewer {

    private Viewer viewer;

    void set(Viewer v) {
        this.viewer = v;
    }

    public Viewer get() {
        if (viewer == null) {
            throw new IllegalStateException("no signed-in user on this request");
        }
        return viewer;
    }

    public String token() {
        return get().token();
    }
}
