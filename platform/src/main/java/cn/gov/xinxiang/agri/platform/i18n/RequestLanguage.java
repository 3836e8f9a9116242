package cn.gov.xinxiang.agri.platform.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.vertx.core.http.HttpServerRequest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** The language of the request being served, from its Accept-Language header (Chinese outside a request). */
public final class RequestLanguage {
    private RequestLanguage() {
    }

    public static Language current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Language.ZH;
        }
        CurrentVertxRequest current = container.instance(CurrentVertxRequest.class).get();
        if (current == null || current.getCurrent() == null) {
            return Language.ZH;
        }
        HttpServerRequest request = current.getCurrent().request();
        return Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }
}
