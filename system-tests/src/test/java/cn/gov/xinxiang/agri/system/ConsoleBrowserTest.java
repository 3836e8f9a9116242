package cn.gov.xinxiang.agri.system;

import cn.gov.xinxiang.agri.testing.DevTokens;
import cn.gov.xinxiang.agri.testing.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (Debian's headless chromium through chromedriver) against the suite as
 * the system tests run it: a village user creates and submits a project, the township returns it with a
 * reason, the village sees the reason, and the project goes on through the township, the county and its public
 * notice (past it on the demo clock) into the library; a city user opens the asset ledger, the funds floors and the
 * evaluation pages. Every step is at a phone's screen size; screenshots go to console/target/screenshots/.
 * Prerequisite: {@code apt-get install -y chromium chromium-driver} (.ci/run installs them).
 */
class ConsoleBrowserTest {

    static final String VILLAGE = "410725901201";
    static final String TOWNSHIP = "410725901000";
    static final String COUNTY = "410725000000";
    static final String REASON = "联农带农方式描述不清，请补充订单收购协议";

    static RunningSuite suite;
    static ServiceProcess console;
    static WebDriver browser;
    static Path screenshots;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        // The demo clock (past the public notice) as in the local run.
        suite = RunningSuite.start(Map.of("AGRI_CLOCK_SHIFTABLE", "true"), "project-service", "asset-service", "funding-service", "evaluation-service");
        Path tokens = Files.createTempDirectory("agri-console-tokens-");
        Files.writeString(tokens.resolve("village-chengguan-1.jwt"), suite.token("village-chengguan-1", "village", VILLAGE));
        Files.writeString(tokens.resolve("township-chengguan.jwt"), suite.token("township-chengguan", "township", TOWNSHIP));
        Files.writeString(tokens.resolve("city.jwt"), suite.token("city", "city", "410700000000"));
        Files.writeString(tokens.resolve("county-yuanyang.jwt"), suite.token("county-yuanyang", "county", COUNTY));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", suite.publicKeyPem().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        env.put("AGRI_CONSOLE_SAMPLE_TOKENS", tokens.toString());
        env.put("AGRI_CONSOLE_SECURE_COOKIE", "false");
        for (String s : new String[] {"project", "asset", "funding", "evaluation"}) {
            env.put("AGRI_CONSOLE_SERVICES_" + s.toUpperCase(), suite.url(s + "-service"));
        }
        console = ServiceProcess.start(suite.root(), "console", ServiceProcess.freePort(), env, suite.logs().resolve("console.log"));
        console.awaitReady(RunningSuite.START_TIMEOUT);

        screenshots = suite.root().resolve("console/target/screenshots");
        Files.createDirectories(screenshots);
        profile = Files.createTempDirectory("agri-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary("/usr/bin/chromium"));
        // As the machine's notes say: headless, no sandbox as root, nothing that reaches out to the network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--lang=zh-CN", "--user-data-dir=" + profile, "--window-size=412,915");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(binary("/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(412, 915));
    }

    private static String binary(String path) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing: apt-get install -y chromium chromium-driver (see README, Tests)");
        }
        return path;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (console != null) {
            console.close();
        }
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void aProjectGoesFromTheVillageToTheTownshipAndBackWithItsReason() {
        // The village signs in by picking its sample user and sees its 工作台.
        signIn("village-chengguan-1");
        assertThat(text(By.tagName("h1"))).isEqualTo("工作台");
        assertThat(text(By.id("whoami"))).contains("村级直管").contains(VILLAGE);
        shot("01-workbench-village");

        // A complete draft through the form.
        click(By.id("new-project"));
        type("f-name", "城关一村肉羊养殖扶贫车间（浏览器测试）");
        clear("f-year");
        type("f-year", "2025");
        new Select(browser.findElement(By.id("f-industry"))).selectByValue("SPECIALTY_FARMING");
        type("f-description", "新建标准化羊舍2000平方米，带动脱贫户务工和入股分红");
        type("f-linkage", "1200000");
        type("f-other", "300000");
        type("f-self", "400000");
        type("f-credit", "100000");
        new Select(browser.findElement(By.id("f-p0-role"))).selectByValue("LEADING_ENTERPRISE");
        new Select(browser.findElement(By.id("f-p0-type"))).selectByValue("LEADING_ENTERPRISE");
        type("f-p0-name", "原阳县某某食品有限公司");
        type("f-p0-credit", "91410725MA9F5LJX21");
        new Select(browser.findElement(By.id("f-p1-role"))).selectByValue("COOPERATIVE");
        new Select(browser.findElement(By.id("f-p1-type"))).selectByValue("COOPERATIVE");
        type("f-p1-name", "城关一村肉羊养殖专业合作社");
        type("f-p1-credit", "93410725MA45U2PL07");
        mechanism(0, "EMPLOYMENT", "30", "6000");
        mechanism(1, "EQUITY_DIVIDEND", "40", "800");
        type("f-t-indicator", "带动脱贫户增收");
        type("f-t-value", "≥3000");
        type("f-t-unit", "元/户/年");
        shot("02-new-project-form");
        click(By.id("save-draft"));
        assertThat(text(By.id("msg"))).isEqualTo("草稿已保存");
        assertThat(text(By.id("project-status"))).isEqualTo("草稿");
        String projectUrl = browser.getCurrentUrl().replaceFirst("\\?.*$", "");

        click(By.id("act-submit"));
        assertThat(text(By.id("msg"))).isEqualTo("已提交乡镇审核");
        assertThat(text(By.id("project-status"))).isEqualTo("村申报");
        assertThat(text(By.id("transitions"))).contains("村申报");
        shot("03-project-submitted");
        signOut();

        // The township finds it among its open work and returns it with a reason.
        signIn("township-chengguan");
        WebElement card = browser.findElement(By.id("todo-project-0"));
        assertThat(card.getText()).contains("村申报项目（待乡镇审核）").contains("城关一村肉羊养殖扶贫车间（浏览器测试）");
        assertThat(card.findElement(By.className("count")).getText()).isEqualTo("1");
        shot("04-workbench-township");
        card.findElement(By.linkText("城关一村肉羊养殖扶贫车间（浏览器测试）")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("act-return")));
        assertThat(browser.getCurrentUrl()).startsWith(projectUrl);
        type("return-text", REASON);
        click(By.id("act-return"));
        assertThat(text(By.id("msg"))).isEqualTo("已退回");
        assertThat(text(By.id("project-status"))).isEqualTo("草稿");
        shot("05-project-returned-township");
        signOut();

        // The village sees the reason on its project, which is a draft again.
        signIn("village-chengguan-1");
        browser.get(projectUrl);
        assertThat(text(By.id("return-reason"))).contains(REASON);
        assertThat(browser.findElements(By.id("act-submit"))).hasSize(1);
        shot("06-project-reason-village");

        // The project library lists it with filters (htmx swaps the table).
        browser.get(console.baseUrl() + "/projects");
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("DRAFT");
        wait(ExpectedConditions.urlContains("status=DRAFT"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("project-table"), "城关一村肉羊养殖扶贫车间（浏览器测试）"));
        shot("07-project-library");

        // On to the library: the village submits again, the township approves, the county decides with the
        // four checks' evidence and starts the public notice; past it (the demo clock) the county admits it.
        browser.get(projectUrl);
        click(By.id("act-submit"));
        assertThat(text(By.id("project-status"))).isEqualTo("村申报");
        signOut();
        signIn("township-chengguan");
        browser.get(projectUrl);
        type("township-note", "材料齐全，同意上报");
        click(By.id("act-township-approve"));
        assertThat(text(By.id("project-status"))).isEqualTo("乡审核");
        signOut();
        signIn("county-yuanyang");
        assertThat(text(By.id("todo-project-0"))).contains("城关一村肉羊养殖扶贫车间（浏览器测试）");
        browser.get(projectUrl);
        for (String check : new String[] {"BENEFITS", "INTEREST_LINKAGE", "ORGANISATIONAL_GUARANTEE", "FOLLOW_UP_OPERATION"}) {
            browser.findElement(By.name("evidence." + check)).sendKeys("可研报告及联农带农协议，见附件（" + check + "）");
        }
        shot("08-county-review");
        click(By.id("act-county-approve"));
        assertThat(text(By.id("project-status"))).isEqualTo("县审定");
        click(By.id("act-notice"));
        assertThat(text(By.id("project-status"))).isEqualTo("公示中");
        signOut();
        signIn("city");
        clear("clock-days");
        type("clock-days", "15");
        click(By.id("advance-clock"));
        assertThat(text(By.id("clock-result"))).contains("project 已前进 15 天");
        signOut();
        signIn("county-yuanyang");
        browser.get(projectUrl);
        click(By.id("act-admission"));
        assertThat(text(By.id("project-status"))).isEqualTo("已入库");
        assertThat(text(By.id("project-name"))).isEqualTo("城关一村肉羊养殖扶贫车间（浏览器测试）");
        assertThat(text(By.id("transitions"))).contains("退回").contains(REASON).contains("入库");
        shot("09-project-in-library");
        signOut();
    }

    @Test
    void theCitySeesTheLedgerTheFloorsAndTheEvaluationPages() {
        signIn("city");
        browser.get(console.baseUrl() + "/assets");
        assertThat(text(By.tagName("h1"))).isEqualTo("资产台账");
        chartDrawn("chart-class");
        assertThat(browser.findElement(By.id("ledger-xlsx")).getAttribute("href")).endsWith("/assets/ledger.xlsx");
        shot("10-assets");
        shotAt("10-assets-charts", By.id("chart-class"));

        // A 2025 plan through funding-service's API: 67% industry development, 36 of 67 for leading industries.
        io.restassured.RestAssured.given().baseUri(suite.url("funding-service")).header("Authorization", suite.bearer("city", "410700000000"))
                .contentType("application/json").body("""
                        {"fiscalYear": 2025,
                         "sources": {"central": 100000000.00, "provincial": 0, "city": 0, "county": 0},
                         "uses": {"industryDevelopment": 67000000.00, "leadingIndustry": 36000000.00, "infrastructure": 20000000.00,
                                  "employment": 8000000.00, "other": 5000000.00},
                         "countyShares": [{"countyCode": "410725000000", "amount": 60000000.00}, {"countyCode": "410726000000", "amount": 40000000.00}]}
                        """).post("/api/v1/plans").then().statusCode(201);
        browser.get(console.baseUrl() + "/funds?year=2025");
        assertThat(text(By.tagName("h1"))).startsWith("资金");
        assertThat(text(By.id("floors"))).contains("65%").contains("50%");
        chartDrawn("chart-floors");
        chartDrawn("chart-split");
        assertThat(browser.findElement(By.id("data-floors")).getAttribute("textContent")).contains("全市计划").contains("67.0").contains("53.7")
                .contains("产业发展底线 65%").contains("主导产业底线 50%");
        shot("11-funds");
        shotAt("11-funds-floors-chart", By.id("chart-floors"));

        browser.get(console.baseUrl() + "/evaluation?year=2025");
        assertThat(text(By.tagName("h1"))).startsWith("绩效评价");
        shot("12-evaluation");
        signOut();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void signIn(String user) {
        browser.get(console.baseUrl() + "/login");
        click(By.id("user-" + user));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("whoami")));
    }

    private void signOut() {
        click(By.id("logout"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("login-token")));
    }

    private void mechanism(int row, String type, String poor, String income) {
        new Select(browser.findElement(By.id("f-m" + row + "-type"))).selectByValue(type);
        type("f-m" + row + "-poor", poor);
        type("f-m" + row + "-monitored", "0");
        type("f-m" + row + "-other", "0");
        type("f-m" + row + "-income", income);
    }

    private void chartDrawn(String id) {
        wait(ExpectedConditions.attributeToBe(By.id(id), "data-drawn", "true"));
        assertThat(browser.findElement(By.id(id)).findElements(By.tagName("canvas"))).isNotEmpty();
    }

    private static void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private static void clear(String id) {
        browser.findElement(By.id(id)).clear();
    }

    private static void click(By by) {
        WebElement e = browser.findElement(by);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private static String text(By by) {
        return wait(ExpectedConditions.visibilityOfElementLocated(by)).getText().trim();
    }

    private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }

    /** A screenshot with the element scrolled to the top of the (phone-sized) window. */
    private static void shotAt(String name, By element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(element));
        shot(name);
    }

    private static void shot(String name) {
        try {
            File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(f.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
