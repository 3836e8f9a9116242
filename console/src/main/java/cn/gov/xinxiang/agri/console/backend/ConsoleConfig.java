package cn.gov.xinxiang.agri.console.backend;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The console's configuration (prefix agri.console; environment AGRI_CONSOLE_*). */
@ConfigMapping(prefix = "agri.console")
public interface ConsoleConfig {

    /** Base URL of each service by short name (project, asset, funding, evaluation). */
    Map<String, String> services();

    /** The proxy's routing table: "prefix=service" entries, prefix relative to /api/v1/. */
    List<String> routes();

    /** Folder of sample users' tokens offered on the login page (the local run); unset in production. */
    Optional<String> sampleTokens();

    @WithDefault("true")
    boolean secureCookie();

    @WithDefault("20s")
    Duration timeout();
}
