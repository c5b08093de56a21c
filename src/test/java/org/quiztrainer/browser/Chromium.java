package org.quiztrainer.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver. Nothing is downloaded: the
 * browser and driver paths are given, so Selenium Manager never runs. The flags keep Chromium from
 * reaching for the network, which this machine does not have.
 */
final class Chromium {
  static final String BROWSER = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";

  private Chromium() {}

  static ChromeDriver start(int width, int height, boolean javascript) {
    if (!new File(BROWSER).canExecute() || !new File(DRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver; run ./test.sh, which installs them");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--disable-extensions",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + tempProfile());
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    if (width < 500) {
      // Headless windows are at least 500 px wide, so a phone's viewport is emulated instead.
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }
    return driver;
  }

  private static String tempProfile() {
    try {
      return Files.createTempDirectory("qt-chromium-").toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path screenshotDir() throws IOException {
    return Files.createDirectories(Path.of("target", "screenshots"));
  }
}
