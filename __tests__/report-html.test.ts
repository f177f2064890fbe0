/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The HTML scan report in a real browser: headless Chromium renders it, a screenshot is written,
// and the rendered DOM (bar widths, counts) must agree with the JSON report embedded in the page.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { formatScanHtml } from '../src/report/format-scan-html';
import { createScanCollector, type ScanReport } from '../src/report/scan-report';
import type { Finding } from '../src/types';
import { main } from '../src/cli/main';
import { CHROMIUM_ARGS, chromiumPath } from './helpers/chromium';
import { captureOutput, cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

const executablePath = chromiumPath();
const describeIfChromium = executablePath ? describe : describe.skip;
if (!executablePath) console.warn('report-html: skipped, no Chromium at /usr/bin/chromium (apt-get install chromium)');

function sampleReport(): ScanReport {
  const collector = createScanCollector({ depth: 2 });
  const f = (p: string, move: string, kind: Finding['kind'] = 'rewritten'): Finding => ({ path: p, line: 1, column: 1, move, form: 'from-import', kind, text: 'x', reason: kind === 'manual' ? 'computed <module> name' : undefined });
  const files: Record<string, Finding[]> = {
    'backend/app/a.py': [f('backend/app/a.py', 'a → b'), f('backend/app/a.py', 'a → b'), f('backend/app/a.py', 'c → d')],
    // One use touching two moves: two findings, one row.
    'backend/tests/t.py': [f('backend/tests/t.py', 'a → b', 'manual'), f('backend/tests/t.py', 'a:X → b:X', 'manual')],
    'frontend/hooks/h.ts': [f('frontend/hooks/h.ts', '@/x → @/y'), f('frontend/hooks/h.ts', '@/x → @/y'), f('frontend/hooks/h.ts', '@/x → @/y'), f('frontend/hooks/h.ts', '@/x → @/y')],
  };
  for (const [p, findings] of Object.entries(files)) collector.onResult({ status: 'unchanged', path: p, language: 'python', findings });
  return collector.report([['a.py', 'b.py', 'a.py']]);
}

describeIfChromium('scan --format html in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    cleanupTempDirs();
    await browser?.close();
  });

  test('renders bars and counts that match the embedded JSON report', async () => {
    const report = sampleReport();
    const dir = makeTempDir();
    const file = path.join(dir, 'scan.html');
    fs.writeFileSync(file, formatScanHtml(report));
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`);
    const screenshot = path.join(dir, 'scan.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(fs.statSync(screenshot).size).toBeGreaterThan(5000);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);

    const rendered = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('scan-data')!.textContent!);
      const rows = (id: string) =>
        [...document.querySelectorAll(`#${id} .row`)].map((row) => ({
          label: row.getAttribute('data-label'),
          count: Number(row.querySelector('.count')!.textContent),
          width: [...row.querySelectorAll('.bar')].reduce((w, b) => w + b.getBoundingClientRect().width, 0),
          track: row.querySelector('.track')!.getBoundingClientRect().width,
        }));
      return { data, directories: rows('by-directory'), moves: rows('by-move'), total: document.querySelector('#total-references b')!.textContent, manualRows: document.querySelectorAll('#manual tbody tr').length, manualHeading: document.querySelector('#manual h2')!.textContent };
    });

    expect(rendered.data).toEqual(report);
    expect(rendered.total).toBe(String(report.totals.references));
    expect(report.manual.length).toBe(2);
    expect(rendered.manualRows).toBe(1);
    expect(rendered.manualHeading).toBe('Manual work (2 findings at 1 place)');
    expect(rendered.directories.map((r) => [r.label, r.count])).toEqual(report.byDirectory.map((r) => [r.directory, r.references]));
    expect(rendered.moves.map((r) => [r.label, r.count])).toEqual(report.byMove.map((r) => [r.move, r.references]));
    // Bars are really drawn, proportional to the counts: the largest fills the track.
    const largest = rendered.moves[0];
    expect(largest.width).toBeCloseTo(largest.track, 0);
    for (const row of rendered.moves) expect(row.width / largest.width).toBeCloseTo(row.count / largest.count, 1);
    await page.close();
  });

  test('scan --format html over the example shows the same counts as scan --format json', async () => {
    const repoRoot = path.join(__dirname, '..');
    const dir = makeTempDir();
    const html = path.join(dir, 'example.html');
    const common = ['--root', 'examples', '--manifest', 'examples/ssot-codemod.json', 'examples'];
    const json = captureOutput();
    expect(await main(['scan', '--format', 'json', ...common], { stdout: json, stderr: captureOutput(), cwd: repoRoot })).toBe(0);
    expect(await main(['scan', '--format', 'html', '--output', html, ...common], { stdout: captureOutput(), stderr: captureOutput(), cwd: repoRoot })).toBe(0);
    const report = JSON.parse(json.text()) as ScanReport;

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`file://${html}`);
    await page.screenshot({ path: path.join(dir, 'example.png'), fullPage: true });
    const rendered = await page.evaluate(() => ({
      total: Number(document.querySelector('#total-references b')!.textContent),
      manual: Number(document.querySelector('#total-manual b')!.textContent),
      bars: [...document.querySelectorAll('#by-directory .row')].map((row) => [
        row.getAttribute('data-label'),
        Number(row.querySelector('.count')!.textContent),
        [...row.querySelectorAll('.bar')].some((b) => b.getBoundingClientRect().width > 0),
      ]),
    }));
    expect(rendered.total).toBe(report.totals.references);
    expect(rendered.manual).toBe(report.totals.manual);
    expect(rendered.bars).toEqual(report.byDirectory.map((r) => [r.directory, r.references, true]));
    await page.close();
  });
});
