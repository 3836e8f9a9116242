package cn.gov.xinxiang.agri.console.backend;

import cn.gov.xinxiang.agri.console.session.CurrentViewer;
import cn.gov.xinxiang.agri.console.session.Viewer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The back-end services as the signed-in viewer may see them: every call carries the viewer's token, so a page never
 * reads with more rights than its user. What the console's pages read and write through.
 */
@RequestScoped
public class AsViewer {

    @Inject
    Backend backend;

    @Inject
    CurrentViewer current;

    public Viewer viewer() {
        return current.get();
    }

    /** GET a JSON document. */
    public JsonNode get(String service, String path) {
        return backend.get(service, path, current.token());
    }

    /** GET as maps and lists, for templates. */
    public Object getData(String service, String path) {
        return backend.getData(service, path, current.token());
    }

    /** GET raw bytes (an XLSX export) with the answer's headers. */
    public Backend.Reply getRaw(String service, String path) {
        return backend.getRaw(service, path, current.token());
    }

    /** POST or PUT a JSON body (null: none) with an optional If-Match. */
    public Backend.Reply write(String service, String method, String path, Object body, String ifMatch) {
        return backend.write(service, method, path, current.token(), body, ifMatch);
    }

    /** A JSON document as maps and lists, for templates. */
    public Object data(JsonNode node) {
        return backend.data(node);
    }

    public ObjectMapper mapper() {
        return backend.mapper();
    }
}
