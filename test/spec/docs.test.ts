// The published docs: one offline Redoc page that really renders, in headless Chromium, every
// operation (summary and path), every webhook (summary and event name) and every client-side jump schema.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/generate.ts";
import { buildDocs } from "../../scripts/docs.ts";
import { bundledSpec, operations, type OperationRef } from "./spec-doc.ts";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = join(ROOT, "docs-build", "screenshot.png");
const JUMPS_TAG = "Client-side jumps (前端跳转)";
// Flags for a closed network: without them Chromium keeps trying to reach Google's hosts.
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--disable-quic", "--no-first-run"];

/** All text the page shows while scrolled from top to bottom (Redoc renders long sections lazily). */
async function readWholePage(page: Page): Promise<string> {
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    for (const line of (await page.evaluate(() => document.body.innerText)).split("\n")) seen.add(line.trim());
    const atEnd = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY === before;
    });
    if (atEnd) break;
    await page.waitForTimeout(30);
  }
  return [...seen].join("\n");
}

describe("docs page", () => {
  let browser: Browser;
  let page: Page;
  let url = "";
  /** Sidebar label → the route Redoc gives it (read from the page's own links, not guessed). */
  let tagRoutes = new Map<string, string>();
  /** Redoc labels a tag with its `x-displayName` when it has one. */
  const tagLabel = (name: string): string => doc.tags.find((t: any) => t.name === name)?.["x-displayName"] ?? name;
  const doc = bundledSpec();
  const ops = operations(doc);
  const hooks = operations(doc, "webhooks");

  /**
   * Opens an operation's own route. Under file:// Redoc routes by hash: `#/<tag>/<operationid>`.
   * Waiting for the summary proves the route rendered; the text is what a reader sees there.
   */
  async function openOperation(o: OperationRef): Promise<string> {
    const tagRoute = tagRoutes.get(tagLabel(o.op.tags[0]));
    expect(tagRoute, `no sidebar entry for tag ${o.op.tags[0]}`).toBeDefined();
    await page.goto(`${url}#${tagRoute}/${String(o.op.operationId).toLowerCase()}`);
    await page.getByText(o.op.summary).first().waitFor({ timeout: 15_000 });
    return page.evaluate(() => document.body.innerText);
  }

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), "Debian chromium is not installed (bash scripts/setup.sh installs it)").toBe(true);
    url = pathToFileURL(buildDocs().file).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(url);
    await page.getByText(JUMPS_TAG).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const links = await page.evaluate(() =>
      [...document.querySelectorAll("a[href]")].map((a) => [(a as HTMLElement).innerText.trim(), a.getAttribute("href") ?? ""]));
    tagRoutes = new Map(links.filter(([, href]) => /^#?\/[a-z0-9-]+$/.test(href!)).map(([text, href]) => [text!, href!.replace(/^#/, "")]));
  }, 90_000);
  afterAll(async () => browser?.close());

  it("lists 13 operations and 5 webhooks in the spec, and a sidebar entry for every tag", () => {
    expect(ops).toHaveLength(13);
    expect(hooks).toHaveLength(5);
    for (const tag of doc.tags) expect(tagRoutes.has(tagLabel(tag.name)), tag.name).toBe(true);
  });
  it.each(ops.map((o) => [o.op.operationId, o] as const))("shows operation %s with its summary and path", async (_id, o) => {
    const text = await openOperation(o);
    expect(text).toContain(o.op.summary);
    expect(text).toContain(o.path);
  });
  it.each(hooks.map((h) => [h.path, h] as const))("shows webhook %s with its summary", async (name, h) => {
    const text = await openOperation(h);
    expect(text).toContain(h.op.summary);
    expect(text).toContain(name);
  });
  it("shows every client-side jump schema as a table", async () => {
    await page.goto(`${url}#${tagRoutes.get(JUMPS_TAG)}`);
    await page.getByText("WxpayScoreEnableAppRequest").first().waitFor({ timeout: 15_000 });
    const text = await readWholePage(page);
    const jumps = Object.values<any>(doc["x-client-jumps"]);
    expect(jumps.length).toBe(8);
    for (const schema of jumps) for (const field of Object.keys(schema.properties)) expect(text).toContain(field);
    expect(text).toContain("wxd8f3793ea3b935b8");
    expect(text).toContain("gh_5e259b7a73b1");
  });
  it("saved a screenshot", () => {
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});
