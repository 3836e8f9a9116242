package cn.gov.xinxiang.agri.localrun;

import java.util.List;

/** The local run's users, one or more per tier. Sample townships and villages are invented. */
final class SampleUsers {

    /** @param scope what a {@code service} account may do (its token's {@code scope} claim); null for people */
    record User(String name, String role, String region, String who, String scope) {
        User(String name, String role, String region, String who) {
            this(name, role, region, who, null);
        }
    }

    static final List<User> ALL = List.of(
            new User("city", "city", "410700000000", "新乡市农业农村局（市级领管）"),
            new User("auditor", "auditor", "410700000000", "市审计（只读）"),
            // service accounts: other government systems, limited to their integration by the scopes their tokens carry
            new User("service", "service", "410700000000", "国家监测系统对接（服务账号）", "project:households:write project:read"),
            new User("finance-yuanyang", "service", "410725000000", "原阳县财政局国库支付系统（服务账号，记录拨付）",
                    "funding:disbursements:write funding:read"),
            new User("county-yuanyang", "county", "410725000000", "原阳县农业农村局（县级统管）"),
            new User("county-yanjin", "county", "410726000000", "延津县农业农村局（县级统管）"),
            new User("county-huixian", "county", "410782000000", "辉县市农业农村局（县级统管）"),
            new User("township-chengguan", "township", "410725901000", "原阳县城关镇（样例，乡镇辖管）"),
            new User("village-chengguan-1", "village", "410725901201", "城关一村（样例，村级直管）"),
            new User("village-chengguan-2", "village", "410725901202", "城关二村（样例，村级直管）"),
            new User("village-dongtun-1", "village", "410726901201", "东屯一村（样例，村级直管）"),
            // a judge sees and scores only the appraisal rounds a city user assigns "judge-li" to
            new User("judge-li", "judge", "410700000000", "观摩评比评委（样例）"),
            // a real village of the official list, usable with --no-sample too
            new User("village-dongtuncun", "village", "410726101201", "延津县东屯镇东屯村（官方区划，村级直管）"));

    private SampleUsers() {
    }
}
