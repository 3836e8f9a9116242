package cn.gov.xinxiang.agri.project.consortium;

import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.problem.Problem.FieldError;
import cn.gov.xinxiang.agri.project.creditcode.CreditCode;
import cn.gov.xinxiang.agri.project.entity.EntityRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Content rules of a consortium, plain Java so they are tested without a container. */
public final class ConsortiumRules {
    private ConsortiumRules() {
    }

    /**
     * Problems beyond per-field Bean Validation, in {@code l}: the credit codes' check characters, a member listed twice
     * or the lead listed again as a member, and a link listed twice (kind, product and unit identify one line, since
     * totals add quantities per product and unit).
     */
    public static List<FieldError> problems(ConsortiumDtos.Content c, Language l) {
        List<FieldError> errors = new ArrayList<>();
        String lead = EntityRules.normalise(c.leadEnterpriseCreditCode());
        if (lead != null && !lead.isEmpty()) {
            CreditCode.problem(lead).ifPresent(t -> errors.add(message(l, "leadEnterpriseCreditCode", t)));
        }
        List<ConsortiumDtos.MemberDto> members = c.members() == null ? List.of() : c.members();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            ConsortiumDtos.MemberDto m = members.get(i);
            if (m == null || m.creditCode() == null) {
                continue;
            }
            String field = "members[" + i + "].creditCode";
            String code = EntityRules.normalise(m.creditCode());
            var bad = CreditCode.problem(code);
            if (bad.isPresent()) {
                errors.add(message(l, field, bad.get()));
            } else if (code.equals(lead)) {
                errors.add(message(l, field, new Text("consortium.member-is-lead")));
            } else if (seen.putIfAbsent(code, i) != null) {
                errors.add(message(l, field, new Text("consortium.member-twice", seen.get(code))));
            }
        }
        List<ConsortiumDtos.LinkDto> links = c.links() == null ? List.of() : c.links();
        Map<String, Integer> lines = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            ConsortiumDtos.LinkDto k = links.get(i);
            if (k == null || k.kind() == null || k.product() == null || k.unit() == null) {
                continue;
            }
            String key = k.kind() + "/" + k.product().strip().toLowerCase(Locale.ROOT) + "/" + k.unit().strip().toLowerCase(Locale.ROOT);
            if (lines.putIfAbsent(key, i) != null) {
                errors.add(message(l, "links[" + i + "]", new Text("consortium.link-twice", lines.get(key))));
            }
        }
        return errors;
    }

    private static FieldError message(Language l, String field, Text text) {
        return new FieldError(field, text.in(l));
    }
}
