import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildArticle, realParagraphs } from './articleText';
import { emit, EXAMPLE_CLAIMS, FIXTURES, REPO_ROOT } from './benchContext';
import { seededRandom } from './random';
import { percentile } from './stats';

/**
 * `lspBench EDITS PAUSE_MS`: keystroke → publishDiagnostics latency through the real server
 * (`node dist/server.js --stdio`) on a 50 KB Markdown article: EDITS single-character edits at
 * random places, each sent as an incremental change after PAUSE_MS of quiet, timed until the
 * diagnostics for that version arrive. A second series types in bursts (no pause) and times the
 * last keystroke of each burst, which the server coalesces.
 */
const edits = Number(process.argv[2] ?? 40);
const pauseMs = Number(process.argv[3] ?? 300);
const folder = mkdtempSync(join(tmpdir(), 'claimlint-bench-lsp-'));
const articlePath = join(folder, 'article.md');
copyFileSync(EXAMPLE_CLAIMS, join(folder, 'example.claims.yaml'));
const initial = buildArticle(realParagraphs(FIXTURES), 50_000);
writeFileSync(articlePath, initial);
const uri = pathToFileURL(articlePath).href;

const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/server.js'), '--stdio'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const connection = createProtocolConnection(
  new StreamMessageReader(child.stdout),
  new StreamMessageWriter(child.stdin),
);
const waiting = new Map<number, (at: number) => void>();
connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
  if (params.uri !== uri || params.version === undefined) return;
  waiting.get(params.version)?.(performance.now());
  waiting.delete(params.version);
});
connection.listen();

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
function published(version: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version}`)), 30_000);
    waiting.set(version, (at) => {
      clearTimeout(timer);
      resolve(at);
    });
  });
}

/** The server's peak resident memory so far (Linux), in megabytes. */
function serverPeakRssMb(): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? Number.NaN) / 1024;
}

const random = seededRandom(3);
let document = TextDocument.create(uri, 'markdown', 1, initial);
/** Types one character at a random place; resolves to when it was sent. */
async function typeOne(): Promise<{ version: number; sent: number }> {
  const offset = Math.floor(random() * document.getText().length);
  const position = document.positionAt(offset);
  const character = '0123456789abcdefghij '.charAt(Math.floor(random() * 21));
  const version = document.version + 1;
  document = TextDocument.update(
    document,
    [{ range: { start: position, end: position }, text: character }],
    version,
  );
  const sent = performance.now();
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: position, end: position }, text: character }],
  });
  return { version, sent };
}

async function main(): Promise<void> {
  try {
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
      capabilities: {},
    });
    await connection.sendNotification(InitializedNotification.type, {});
    let started = performance.now();
    const opened = published(1);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text: initial },
    });
    const openMs = (await opened) - started;

    const latencies: number[] = [];
    for (let i = 0; i < edits; i++) {
      await sleep(pauseMs);
      const arrived = published(document.version + 1);
      const { sent } = await typeOne();
      latencies.push((await arrived) - sent);
    }

    // Bursts: five keystrokes 30 ms apart, as in fast typing; only the last is published.
    const burstLatencies: number[] = [];
    for (let burst = 0; burst < Math.max(3, edits / 8); burst++) {
      await sleep(pauseMs);
      for (let key = 0; key < 4; key++) {
        await typeOne();
        await sleep(30);
      }
      const arrived = published(document.version + 1);
      const { sent } = await typeOne();
      burstLatencies.push((await arrived) - sent);
    }
    started = performance.now();
    emit({
      bytes: Buffer.byteLength(initial),
      openMs,
      edits,
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      burstP50Ms: percentile(burstLatencies, 0.5),
      burstP95Ms: percentile(burstLatencies, 0.95),
      serverPeakRssMb: serverPeakRssMb(),
    });
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
  } finally {
    connection.dispose();
    child.kill();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
