package app.atelier.web.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.atelier.web.testing.PluginJars;
import app.atelier.web.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A client on a phone-sized window (390×844) of headless Chromium — Debian's chromium and
 * chromium-driver, nothing downloaded — books a haircut page by page, reads the one-time code the
 * log channel queued, signs into the cabinet, sees the visit and cancels it; the desk sees the
 * visit with channel online and then cancelled. Fails (never skips) without the browser.
 */
class BookingBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PHONE = "+79161234567";

    @TempDir
    Path root;
    @TempDir
    Path profile;
    TestServer server;
    BookingSalon salon;
    WebDriver driver;

    @BeforeEach
    void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the booking browser test needs Debian's chromium at " + CHROMIUM + " and chromium-driver at " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver (.ci/run does)");
        }
        PluginJars.install(root.resolve("plugins"), "booking");
        server = TestServer.start(root);
        salon = BookingSalon.create(server, "rosa", List.of("booking"));
        salon.settings("booking", Map.of("codeChannel", "log"));
        driver = chromium();
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=390,844");
        // headless windows are at least 500 px wide; device emulation gives the page a phone's viewport and user agent
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844,
                "pixelRatio", 3.0, "touch", true), "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
        return chrome;
    }

    private void open(String path) {
        driver.get(server.url(path));
    }

    private WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** The page fits the phone's width: nothing to scroll sideways. */
    private void fitsThePhone(String step) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long width = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long content = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertEquals(390, width, step + ": a phone-sized viewport");
        assertTrue(content <= width, step + ": the page is " + content + " px wide on a " + width + " px screen");
    }

    @Test
    void aClientBooksOnAPhoneSignsInAndCancels() {
        open("/s/rosa/booking");
        fitsThePhone("services");
        driver.findElements(By.cssSelector("input[name=serviceIds]")).get(0).click();
        find("#to-master").click();
        fitsThePhone("masters");
        find("#master-any").click();
        fitsThePhone("times");
        assertEquals("11:00", driver.findElements(By.cssSelector("a.slot")).get(0).getText(),
                "today's first free time, two hours ahead in Moscow");
        // tomorrow, so that the visit is more than the policy's 24 hours away and may be cancelled online
        driver.findElements(By.cssSelector(".days a")).get(1).click();
        WebElement firstTime = driver.findElements(By.cssSelector("a.slot")).get(0);
        assertEquals("10:00", firstTime.getText());
        firstTime.click();
        fitsThePhone("details");
        find("#name").sendKeys("Anna Petrova");
        find("#phone").sendKeys("8 916 123-45-67");
        find("#book").click();

        assertTrue(find("#notice").getText().contains("Вы записаны"), driver.getPageSource());
        assertEquals("booked", find("#visit").getAttribute("data-status"));
        fitsThePhone("booked");
        long visitId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/booking/visit/(\\d+)\\?.*", "$1"));
        JsonNode desk = salon.visit(visitId);
        assertEquals("online", desk.get("channel").asText());
        assertEquals("booked", desk.get("status").asText());
        assertEquals("2026-12-02T07:00:00Z", desk.get("start").asText());

        driver.findElement(By.linkText("Мои визиты")).click();
        find("#phone").sendKeys(PHONE);
        find("#send-code").click();
        find("#code").sendKeys(salon.lastCode(PHONE));
        find("#signin").click();
        fitsThePhone("cabinet");
        WebElement card = find(".upcoming[data-visit='" + visitId + "']");
        assertTrue(card.getText().contains("10:00") && card.getText().contains("Vera"), card.getText());
        find("#cancel-" + visitId).click();

        assertTrue(find("#notice").getText().contains("Визит отменён"), driver.getPageSource());
        assertTrue(find("#no-upcoming").isDisplayed());
        JsonNode after = salon.visit(visitId);
        assertEquals("online", after.get("channel").asText());
        assertEquals("cancelled", after.get("status").asText());
    }
}
