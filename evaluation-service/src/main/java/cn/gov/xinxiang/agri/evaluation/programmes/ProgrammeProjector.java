package cn.gov.xinxiang.agri.evaluation.programmes;

import java.util.List;

/**
 * Project-service's programme topics as this service consumes them: one inbox consumer for the five topics (one
 * channel subscribes to all of them). Their events are applied like every other read model's, one handler per source
 * aggregate routed by CloudEvent type (intake's {@code SkillsCertificateHandler}, {@code EnvoyHandler},
 * {@code CraftsmanHandler}, {@code DemonstrationVillageHandler}, {@code ConsortiumHandler}); what they store is read
 * here by {@link ProgrammeTotals} and by the programme indicators.
 */
public final class ProgrammeProjector {

    /** The inbox consumer of the programme topics, stable forever (the inbox rows carry it). */
    public static final String CONSUMER = "evaluation-service.programmes";
    public static final List<String> TOPICS = List.of("agri.skills", "agri.envoy", "agri.craftsman", "agri.demonstration-village", "agri.consortium");

    private ProgrammeProjector() {
    }
}
