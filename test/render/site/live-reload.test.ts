import { describe, expect, it } from 'vitest';
import { DOCUMENT_POLICY } from '../../../src/render/document/policy.js';
import { policyWithReload, withLiveReload } from '../../../src/render/site/live-reload.js';

/** The policies of a page's Content-Security-Policy metas, in order. */
function policies(page: string): string[] {
  return [...page.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map((m) => m[1]!);
}

describe('policyWithReload', () => {
  it("replaces the ISO document's script-src 'none' and connect-src 'none' in place and keeps every other directive", () => {
    const policy = policyWithReload(DOCUMENT_POLICY, 'abc');
    expect(policy).toBe(
      DOCUMENT_POLICY.replace("script-src 'none'", "script-src 'nonce-abc'").replace(
        "connect-src 'none'",
        "connect-src 'self'",
      ),
    );
  });

  it('gives a policy that leaves scripts to default-src its own script-src and connect-src', () => {
    expect(policyWithReload("default-src 'none'; style-src 'unsafe-inline'", 'abc')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-abc'; connect-src 'self'",
    );
    expect(policyWithReload("default-src 'self'", 'abc')).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc'; connect-src 'self'",
    );
  });

  it("adds nothing that would block the page's own scripts or is already allowed", () => {
    expect(policyWithReload("script-src 'self' 'unsafe-inline'; connect-src *", 'abc')).toBe(
      "script-src 'self' 'unsafe-inline'; connect-src *",
    );
    expect(policyWithReload("img-src data:", 'abc')).toBe('img-src data:');
  });
});

describe('withLiveReload', () => {
  it('lets the reload script through every policy of the page, so the strictest one does not block it', () => {
    const page = `<html><head><meta http-equiv="Content-Security-Policy" content="${DOCUMENT_POLICY}"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:"></head><body></body></html>`;
    const served = withLiveReload(page, '', 'abc');
    expect(policies(served)).toEqual([
      policyWithReload(DOCUMENT_POLICY, 'abc'),
      "default-src 'none'; img-src data:; script-src 'nonce-abc'; connect-src 'self'",
    ]);
    for (const policy of policies(served)) {
      expect(policy.match(/script-src [^;]*/g)).toEqual(["script-src 'nonce-abc'"]);
      expect(policy.match(/connect-src [^;]*/g)).toEqual(["connect-src 'self'"]);
    }
  });
});
