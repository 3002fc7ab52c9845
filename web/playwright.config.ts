import { defineConfig } from "@playwright/test";

// Real headless Chromium from Debian (browsers cannot be downloaded here): /usr/bin/chromium.
// `embedded` runs every spec against functions/Local (SQLite + in-memory transport); `distributed` runs the
// specs tagged @distributed against PostgreSQL + RabbitMQ with a separate worker process (needs the
// TEST_POSTGRES / TEST_RABBITMQ / TEST_RABBITMQ_DIR that tests/run.sh exports; skipped without them).
export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results/playwright",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"],
    },
    timezoneId: "Europe/Berlin",
    locale: "en-GB",
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "embedded", metadata: { mode: "embedded" } },
    { name: "distributed", metadata: { mode: "distributed" }, grep: /@distributed/ },
  ],
});
