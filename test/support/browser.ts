/**
 * A real browser for the browser tests: Debian's chromium (apt-get install chromium; CHROMIUM overrides the path)
 * driven by puppeteer-core, which downloads no browser. Chromium gets exactly the flags below and a fresh profile
 * that stop() removes: headless, no sandbox (CI runs as root), nothing that talks to the network on its own.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type HTTPResponse, type Page } from 'puppeteer-core';
import { CHROMIUM } from './global-setup.js';

export const CHROMIUM_PATH = CHROMIUM.probe[0];

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export interface TestBrowser {
  readonly browser: Browser;
  /** A page in a context of its own (its own HTTP cache and storage), watched for errors. */
  openPage(): Promise<WatchedPage>;
  stop(): Promise<void>;
}

/** A page and what went wrong on it: uncaught errors, console errors, and responses of 400 and above. */
export interface WatchedPage {
  readonly page: Page;
  readonly errors: string[];
  readonly failedResponses: string[];
}

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'chromium-profile-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      pipe: true,
      timeout: 90_000,
      // Our flags and nothing else: puppeteer's defaults would add its own headless mode and features.
      ignoreDefaultArgs: true,
      args: [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, 'about:blank'],
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const contexts: BrowserContext[] = [];
  return {
    browser,
    async openPage() {
      const context = await browser.createBrowserContext();
      contexts.push(context);
      const page = await context.newPage();
      const watched: WatchedPage = { page, errors: [], failedResponses: [] };
      page.on('pageerror', (error) => watched.errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') watched.errors.push(message.text());
      });
      page.on('response', (response: HTTPResponse) => {
        if (response.status() >= 400) watched.failedResponses.push(`${response.status()} ${response.url()}`);
      });
      return watched;
    },
    async stop() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
