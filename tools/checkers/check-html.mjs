#!/usr/bin/env node
// Checks generated HTML documents:
//   (a) W3C Nu HTML checker (vnu.jar from the vnu-jar npm package, run with the system java),
//   (b) axe-core in Debian Chromium (via playwright-core) with WCAG 2.2 AA tags,
//   (c) optional PNG screenshot of the first A4-sized viewport (--screenshots DIR).
//
// Usage: node tools/checkers/check-html.mjs [--screenshots DIR] [--verbose] [--no-vnu] [--no-axe] FILE.html...
// Output: one line per problem, then "N passed, M failed" (files).
//   PATH: vnu error: MESSAGE (line L)
//   PATH: axe violation ID: HELP (N nodes)
//   PATH: load error: URL (REASON)          (a local file: sub-resource that failed to load)
// Exit: 0 all files clean, 1 a file has a problem, 2 the tool could not run.
// Env:  CHROMIUM_PATH (default /usr/bin/chromium), JAVA (default: java on PATH).

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORT = { width: 794, height: 1123 }; // A4 at 96 dpi
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync',
];
const NAV_TIMEOUT_MS = 30_000;
const VNU_TIMEOUT_MS = 300_000;

class ToolError extends Error {}

function usage(stream = process.stderr) {
  stream.write(
    'usage: check-html.mjs [--screenshots DIR] [--verbose] [--no-vnu] [--no-axe] FILE.html...\n' +
    '  --screenshots DIR  save DIR/<name>.png of the first 794x1123 viewport of each file\n' +
    '  --verbose          after each axe violation, list the offending elements (indented)\n' +
    '  --no-vnu / --no-axe  skip one of the two checkers\n' +
    'exit: 0 clean, 1 problems found, 2 tool could not run (run tools/checkers/install.sh)\n');
}

function parseArgs(argv) {
  const opts = { files: [], screenshots: null, verbose: false, vnu: true, axe: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { opts.files.push(...argv.slice(i + 1)); break; }
    if (a === '-h' || a === '--help') { usage(process.stdout); process.exit(0); }
    else if (a === '--screenshots') {
      if (i + 1 >= argv.length) throw new ToolError('--screenshots needs a directory');
      opts.screenshots = argv[++i];
    } else if (a.startsWith('--screenshots=')) opts.screenshots = a.slice('--screenshots='.length);
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--no-vnu') opts.vnu = false;
    else if (a === '--no-axe') opts.axe = false;
    else if (a.startsWith('-')) throw new ToolError(`unknown option ${a}`);
    else opts.files.push(a);
  }
  if (opts.files.length === 0) throw new ToolError('no input files');
  return opts;
}

const oneLine = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------- vnu
function vnuJarPath() {
  let jar;
  try {
    jar = String(require('vnu-jar')); // the package exports the jar's absolute path as a String
  } catch (e) {
    throw new ToolError(`cannot load vnu-jar from ${SCRIPT_DIR}/node_modules (run tools/checkers/install.sh): ${e.message.split('\n')[0]}`);
  }
  if (!fs.existsSync(jar)) throw new ToolError(`vnu.jar not found at ${jar} (run tools/checkers/install.sh)`);
  return jar;
}

// Runs vnu once over all files (one JVM start) and returns Map(absPath -> [problem lines' text]).
async function runVnu(absFiles) {
  const jar = vnuJarPath();
  const java = process.env.JAVA || 'java';
  const args = ['-jar', jar, '--format', 'json', '--errors-only', '--stdout', '--exit-zero-always', ...absFiles];
  const { code, stdout, stderr } = await new Promise((resolve, reject) => {
    const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new ToolError(`vnu timed out after ${VNU_TIMEOUT_MS / 1000}s`)); }, VNU_TIMEOUT_MS);
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', (e) => { clearTimeout(timer); reject(new ToolError(`cannot run ${java}: ${e.message} (need Java >= 11; run tools/checkers/install.sh)`)); });
    child.on('close', (c) => { clearTimeout(timer); resolve({ code: c, stdout: out, stderr: err }); });
  });
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    throw new ToolError(`vnu produced no JSON (exit ${code}): ${oneLine(stderr || stdout).slice(0, 500)}`);
  }
  const byUrl = new Map(absFiles.map((f) => [f, []]));
  const keyFor = (url) => {
    if (!url) return null;
    try {
      // vnu reports "file:/abs/path"; normalise through a URL object.
      const p = fileURLToPath(new URL(url));
      return byUrl.has(p) ? p : null;
    } catch { return null; }
  };
  for (const m of report.messages ?? []) {
    const isError = m.type === 'error' || m.type === 'non-document-error' ||
      (m.type === 'info' && m.subType === 'error');
    if (!isError) continue;
    const key = keyFor(m.url) ?? (absFiles.length === 1 ? absFiles[0] : null);
    const line = m.lastLine ?? m.firstLine;
    const kind = m.type === 'non-document-error' ? 'vnu error (non-document)' : 'vnu error';
    const text = `${kind}: ${oneLine(m.message)}${line != null ? ` (line ${line})` : ''}`;
    if (key) byUrl.get(key).push(text);
    else throw new ToolError(`vnu message for unknown url ${m.url}: ${oneLine(m.message)}`);
  }
  return byUrl;
}

// ---------------------------------------------------------------- axe + screenshot
async function runBrowser(absFiles, opts) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new ToolError(`cannot load playwright-core (run tools/checkers/install.sh): ${e.message.split('\n')[0]}`);
  }
  let axePath;
  try {
    axePath = require.resolve('axe-core/axe.min.js');
  } catch (e) {
    throw new ToolError(`cannot find axe-core (run tools/checkers/install.sh): ${e.message.split('\n')[0]}`);
  }
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new ToolError(`Chromium not found at ${executablePath} (run tools/checkers/install.sh)`);

  const results = new Map(absFiles.map((f) => [f, []]));
  const shotNames = new Set();
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (e) {
    throw new ToolError(`cannot launch Chromium at ${executablePath}: ${oneLine(e.message).slice(0, 500)}`);
  }
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, javaScriptEnabled: true, bypassCSP: true });
    for (const file of absFiles) {
      const problems = results.get(file);
      const page = await context.newPage();
      page.on('requestfailed', (req) => {
        const u = req.url();
        if (u.startsWith('file:')) problems.push(`load error: ${u} (${req.failure()?.errorText ?? 'failed'})`);
      });
      try {
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
        if (opts.axe) {
          await page.addScriptTag({ path: axePath });
          const violations = await page.evaluate(async (tags) => {
            // eslint-disable-next-line no-undef
            const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return r.violations.map((v) => ({
              id: v.id, help: v.help, impact: v.impact,
              nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
            }));
          }, AXE_TAGS);
          for (const v of violations) {
            let text = `axe violation ${v.id}: ${oneLine(v.help)} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})`;
            if (opts.verbose) {
              for (const n of v.nodes.slice(0, 10)) text += `\n    ${n.target}: ${oneLine(n.summary)}`;
              if (v.nodes.length > 10) text += `\n    ... ${v.nodes.length - 10} more`;
            }
            problems.push(text);
          }
        }
        if (opts.screenshots) {
          let base = path.basename(file).replace(/\.[^.]*$/, '') || 'page';
          let name = `${base}.png`;
          for (let i = 2; shotNames.has(name); i++) name = `${base}-${i}.png`;
          shotNames.add(name);
          await page.screenshot({ path: path.join(opts.screenshots, name), fullPage: false });
        }
      } catch (e) {
        problems.push(`browser error: ${oneLine(e.message).slice(0, 300)}`);
      } finally {
        await page.close().catch(() => {});
      }
    }
  } finally {
    await browser.close().catch(() => {});
  }
  return results;
}

// ---------------------------------------------------------------- main
async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`check-html: ${e.message}\n`);
    usage();
    return 2;
  }

  const entries = opts.files.map((f) => ({ arg: f, abs: path.resolve(f), problems: [] }));
  const present = [];
  for (const e of entries) {
    if (!fs.existsSync(e.abs) || !fs.statSync(e.abs).isFile()) e.problems.push('error: file not found');
    else if (!present.includes(e.abs)) present.push(e.abs);
  }
  if (opts.screenshots) fs.mkdirSync(opts.screenshots, { recursive: true });

  if (present.length > 0) {
    // vnu (JVM) and the browser run concurrently.
    const [vnu, browser] = await Promise.all([
      opts.vnu ? runVnu(present) : Promise.resolve(new Map()),
      (opts.axe || opts.screenshots) ? runBrowser(present, opts) : Promise.resolve(new Map()),
    ]);
    for (const e of entries) {
      e.problems.push(...(vnu.get(e.abs) ?? []), ...(browser.get(e.abs) ?? []));
    }
  }

  let passed = 0, failed = 0;
  for (const e of entries) {
    if (e.problems.length === 0) { passed++; continue; }
    failed++;
    for (const p of e.problems) process.stdout.write(`${e.arg}: ${p}\n`);
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (e) => {
    process.stderr.write(`check-html: ${e instanceof ToolError ? e.message : (e?.stack ?? e)}\n`);
    process.exitCode = 2;
  },
);
