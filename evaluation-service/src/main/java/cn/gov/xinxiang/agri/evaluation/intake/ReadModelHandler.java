package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The read-model effect of one source aggregate's events. Each applier upserts keyed by the source's id (so a replay
 * gives the same rows) and says which evaluation inputs it changed; the {@link ReadModelProjector} dispatches by
 * CloudEvent type.
 */
interface ReadModelHandler {

    /** Each CloudEvent type this handler applies, with the function that applies it. */
    Map<String, Function<CloudEvent, List<InputChange>>> appliers();
}
