package cn.gov.xinxiang.agri.project.codes;

import cn.gov.xinxiang.agri.platform.codes.CodeList;
import cn.gov.xinxiang.agri.platform.codes.CodeListSource;
import cn.gov.xinxiang.agri.platform.codes.CodeNames;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.project.consortium.LinkKind;
import cn.gov.xinxiang.agri.project.consortium.MemberRole;
import cn.gov.xinxiang.agri.project.entity.EnterpriseLevel;
import cn.gov.xinxiang.agri.project.entity.EntityKind;
import cn.gov.xinxiang.agri.project.entity.ProjectEntityRole;
import cn.gov.xinxiang.agri.project.household.HouseholdCategory;
import cn.gov.xinxiang.agri.project.intake.IntakeAction;
import cn.gov.xinxiang.agri.project.intake.IntakeWorkflow;
import cn.gov.xinxiang.agri.project.library.EntityType;
import cn.gov.xinxiang.agri.project.library.IndustryCategory;
import cn.gov.xinxiang.agri.project.library.MechanismType;
import cn.gov.xinxiang.agri.project.library.ParticipantRole;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import cn.gov.xinxiang.agri.project.library.ReviewCheck;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** project-service's dictionaries; project statuses carry the next statuses the workflow lets the caller's role choose. */
@ApplicationScoped
public class ProjectCodeLists implements CodeListSource {

    private final CodeNames names = CodeNames.load(ProjectCodeLists.class.getClassLoader());

    @Override
    public List<CodeList> codeLists(Role caller) {
        return List.of(
                names.of("project-statuses", ProjectStatus.class, s -> nextFor(s, caller)),
                names.of("intake-actions", IntakeAction.class),
                names.of("industry-categories", IndustryCategory.class),
                names.of("mechanism-types", MechanismType.class),
                names.of("entity-types", EntityType.class),
                names.of("participant-roles", ParticipantRole.class),
                names.of("review-checks", ReviewCheck.class),
                names.of("household-categories", HouseholdCategory.class),
                names.of("entity-kinds", EntityKind.class),
                names.of("enterprise-levels", EnterpriseLevel.class),
                names.of("project-entity-roles", ProjectEntityRole.class),
                names.of("consortium-member-roles", MemberRole.class),
                names.of("consortium-link-kinds", LinkKind.class));
    }

    /** Asks the workflow itself, so the dictionary cannot promise a step the service would refuse. */
    static List<String> nextFor(ProjectStatus from, Role caller) {
        List<String> next = new ArrayList<>();
        for (IntakeAction a : IntakeAction.values()) {
            try {
                String to = IntakeWorkflow.next(from, a, caller).name();
                if (!next.contains(to)) {
                    next.add(to);
                }
            } catch (IntakeWorkflow.Refused refused) {
                // not this role's step from this status
            }
        }
        return next;
    }
}
