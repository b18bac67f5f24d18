// Drives Debian's Chromium through plancheck serve's pages with puppeteer-core (pinned in
// tools/browser): run by serve_browser.sh, which starts the server.
//   node serve_browser.mjs URL SRC ARTEFACTS DOWNLOADS
// For each corpus .docx fixture: upload it on the page, see the findings count the API gives
// and a known finding marked in the text, click it and see the text scrolled to it, download the
// marked-up .docx. Then a hostile file's message page, the English switch, and several plans at
// once. No console error (a CSP violation is one) on any page. Screenshots into ARTEFACTS.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const [url, src, artefacts, downloads] = process.argv.slice(2);
const require = createRequire(path.join(src, "tools/browser/package.json"));
const puppeteer = require("puppeteer-core");

let failures = 0;
const pass = (what) => console.log(`ok   ${what}`);
const fail = (what) => { console.log(`FAIL ${what}`); failures++; };
const check = (ok, what) => (ok ? pass(what) : fail(what));

async function apiReport(file) {
  const form = new FormData();
  form.append("plan", new Blob([fs.readFileSync(file)]), path.basename(file));
  const answer = await fetch(`${url}/api/check`, { method: "POST", body: form });
  return (await answer.json()).documents[0];
}

async function waitForFile(dir, suffix, ms) {
  for (let waited = 0; waited < ms; waited += 100) {
    const done = fs.readdirSync(dir).filter((f) => f.endsWith(suffix));
    if (done.length > 0) return path.join(dir, done[0]);
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

async function upload(page, files) {
  await page.goto(`${url}/?lang=zh`);
  const input = await page.$("#plan");
  await input.uploadFile(...files);
  await Promise.all([page.waitForNavigation(), page.click("#submit")]);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
const page = await browser.newPage();
await page.setViewport({ width: 1400, height: 900 });
const consoleErrors = [];
// A page's own status (the 422 message page, /favicon.ico's 404) is logged as "Failed to load
// resource"; anything else (a CSP violation, a script error) counts.
page.on("console", (m) => {
  if (m.type() === "error" && !/Failed to load resource: .*status of (404|422)/.test(m.text())) {
    consoleErrors.push(m.text());
  }
});
page.on("pageerror", (e) => consoleErrors.push(String(e)));

await page.goto(`${url}/?lang=zh`);
await page.screenshot({ path: path.join(artefacts, "serve-upload.png") });
check((await page.$eval("h1", (h) => h.textContent)).includes("上传规划"), "upload page in Chinese");

const fixtures = fs.readdirSync(path.join(src, "tests/fixtures/docx"))
  .filter((f) => f.endsWith(".docx")).sort();
for (const name of fixtures) {
  const file = path.join(src, "tests/fixtures/docx", name);
  const stem = name.replace(/\.docx$/, "");
  const api = await apiReport(file);
  const gaps = api.results.filter((r) => r.status === "fail" || r.status === "partial").length;
  await upload(page, [file]);
  const shown = await page.$eval("#finding-count", (e) => Number(e.dataset.count));
  const items = await page.$$eval("li.finding", (l) => l.length);
  check(shown === gaps && items === gaps, `${stem}: ${shown} findings shown, ${items} listed, API ${gaps}`);
  // A known finding: the first gap the API places in the text.
  const index = api.results.findIndex((r) =>
    (r.status === "fail" || r.status === "partial") && r.location && r.location.line > 0);
  if (index < 0) { pass(`${stem}: no finding with a place`); continue; }
  const known = api.results[index];
  const mark = await page.$(`mark#f-${index}`);
  if (!mark) { fail(`${stem}: finding ${known.rule} not marked (#f-${index})`); continue; }
  const markText = await mark.evaluate((m) => m.textContent);
  check(markText === "⚑" || known.evidence.includes(markText),
        `${stem}: ${known.rule} marked in the text ("${markText.slice(0, 20)}")`);
  const paragraph = await mark.evaluate((m) => m.closest("p").dataset.line);
  check(Number(paragraph) === known.location.line, `${stem}: the mark is in paragraph ${known.location.line}`);
  // Scroll the text away, click the finding in the list, and see the mark in view again.
  await page.$eval("#plan-text", (t) => { t.scrollTop = t.scrollHeight; });
  await page.click(`a.finding-link[data-target="f-${index}"]`);
  await new Promise((r) => setTimeout(r, 300));
  const inView = await page.$eval(`mark#f-${index}`, (m) => {
    const box = m.getBoundingClientRect();
    const pane = document.getElementById("plan-text").getBoundingClientRect();
    return box.top >= pane.top && box.bottom <= pane.bottom && m.classList.contains("current");
  });
  check(inView, `${stem}: clicking the finding scrolls the text to it`);
  await page.screenshot({ path: path.join(artefacts, `serve-report-${stem}.png`) });
  // The marked-up .docx, through the page's own link.
  const dir = path.join(downloads, stem);
  fs.mkdirSync(dir, { recursive: true });
  const cdp = await browser.target().createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: dir });
  await page.click("#dl-annotated");
  const got = await waitForFile(dir, ".docx", 15000);
  check(got !== null && fs.readFileSync(got).subarray(0, 2).toString() === "PK",
        `${stem}: marked-up .docx downloaded (${got ? path.basename(got) : "none"})`);
  fs.writeFileSync(path.join(dir, "report.json"), JSON.stringify({ documents: [api] }));
}

// A hostile file: its message as a page, and the server keeps serving.
await upload(page, [path.join(src, "tests/fixtures/docx/hostile/zip-bomb-declared.docx")]);
const refusal = await page.$eval("#refusal", (e) => [e.dataset.status, e.textContent]);
check(refusal[0] === "422" && refusal[1].includes("zip-bomb-declared.docx"), "hostile file: its message page (422)");
await page.screenshot({ path: path.join(artefacts, "serve-hostile.png") });

// Several plans at once: the list with each plan's counts.
await upload(page, fixtures.slice(0, 3).map((f) => path.join(src, "tests/fixtures/docx", f)));
const rows = await page.$$eval("#runs tbody tr", (r) => r.length);
check(rows === 3, `three plans: ${rows} rows in the list`);
await page.screenshot({ path: path.join(artefacts, "serve-several.png") });

// The English switch.
await page.goto(`${url}/?lang=zh`);
await Promise.all([page.waitForNavigation(), page.click("#lang-switch")]);
check((await page.$eval("h1", (h) => h.textContent)).includes("Upload a plan"), "English switch");
await page.screenshot({ path: path.join(artefacts, "serve-upload-en.png") });

check(consoleErrors.length === 0, `no console errors${consoleErrors.length ? ": " + consoleErrors.slice(0, 3).join(" | ") : ""}`);
await browser.close();
process.exit(failures > 0 ? 1 : 0);
