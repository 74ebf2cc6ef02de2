import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { LspClient, type LspMessage } from '../helpers/lsp.js';

// A real procedure of the catalog, with its `# yaml-language-server: $schema=../../schemas/procedure.schema.json`
// modeline: what a process officer opens in VS Code with the YAML extension.
const FILE = join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml');
const URI = pathToFileURL(FILE).href;
const SETTINGS = { validate: true, completion: true, hover: true, schemaStore: { enable: false } };

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

describe('schemas/procedure.schema.json in yaml-language-server (VS Code YAML)', () => {
  let server: LspClient;
  let text: string;

  const open = (version: number, content: string) => {
    if (version === 1)
      server.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version, text: content } });
    else
      server.notify('textDocument/didChange', {
        textDocument: { uri: URI, version },
        contentChanges: [{ text: content }],
      });
  };
  // Diagnostics are published after each change, without a version: wait for the ones that answer the question.
  const diagnosticsWhere = async (test: (found: Diagnostic[]) => boolean): Promise<Diagnostic[]> => {
    const message: LspMessage = await server.waitFor((m) => {
      const params = m.params as { uri?: string; diagnostics?: Diagnostic[] } | undefined;
      return m.method === 'textDocument/publishDiagnostics' && params?.uri === URI && test(params.diagnostics ?? []);
    });
    return (message.params as { diagnostics: Diagnostic[] }).diagnostics;
  };

  beforeAll(async () => {
    server = new LspClient(
      process.execPath,
      [join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
      SETTINGS,
    );
    const init = await server.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ROOT).href,
      capabilities: {
        textDocument: { completion: { completionItem: { snippetSupport: false } } },
        workspace: { configuration: true },
      },
    });
    expect(init.error).toBeUndefined();
    server.notify('initialized', {});
    server.notify('workspace/didChangeConfiguration', { settings: { yaml: SETTINGS } });
    text = readFileSync(FILE, 'utf8');
  });

  afterAll(() => server.close());

  it('finds nothing wrong with a valid procedure', async () => {
    open(1, text);
    expect(await diagnosticsWhere((found) => found.length === 0)).toEqual([]);
  });

  it('reports a misspelt key and a bad duration from the schema, on their lines', async () => {
    const broken = text
      .replace(/^time_limit: .*$/m, 'time_limt: 5d')
      .replace(/^(\s+)duration: .*$/m, '$1duration: năm ngày');
    open(2, broken);
    const lines = broken.split('\n');
    const at = (d: Diagnostic) => lines[d.range.start.line]!.trim();
    const found = await diagnosticsWhere((list) => list.length > 0);
    expect(
      found.some((d) => at(d).startsWith('time_limt:') && /not allowed/i.test(d.message)),
      JSON.stringify(found),
    ).toBe(true);
    expect(
      found.some((d) => /Missing property "time_limit"/.test(d.message)),
      JSON.stringify(found),
    ).toBe(true);
    expect(
      found.some((d) => at(d) === 'duration: năm ngày' && /pattern/i.test(d.message)),
      JSON.stringify(found),
    ).toBe(true);
  });

  it('completes top-level keys from the schema', async () => {
    const partial = `${text.replace(/^four_on_the_spot: .*\n/m, '')}four\n`;
    open(3, partial);
    const line = partial.split('\n').length - 2;
    const completion = await server.request('textDocument/completion', {
      textDocument: { uri: URI },
      position: { line, character: 4 },
    });
    // A CompletionList, or a bare array of items: both are allowed by the protocol.
    const result = completion.result as { items: { label: string }[] } | { label: string }[];
    const labels = (Array.isArray(result) ? result : result.items).map((item) => item.label);
    expect(labels).toContain('four_on_the_spot');
  });
});
