import { describe, expect, it } from 'vitest';
import { hostName, isLoopback, isLoopbackHost } from '../../src/node/loopback.js';

describe('isLoopback', () => {
  it('knows every way of naming this machine, and nothing else', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]', '::ffff:127.0.0.1'])
      expect(isLoopback(address), address).toBe(true);
    for (const address of ['0.0.0.0', '::', '192.168.1.2', '8.8.8.8', '127.evil.example', 'localhost.example', ''])
      expect(isLoopback(address), address).toBe(false);
  });
});

describe('hostName', () => {
  it('drops the port of a Host header', () => {
    expect(hostName('127.0.0.1:4173')).toBe('127.0.0.1');
    expect(hostName('[::1]:4173')).toBe('[::1]');
    expect(hostName('localhost')).toBe('localhost');
  });
});

describe('hostName on odd Host headers', () => {
  it('keeps a bracketed address followed by anything but a port whole, so that it names no loopback', () => {
    // Before: "[::1]evil" and "[::1]:4173evil" were cut to "[::1]" and let through (a DNS-rebinding page's name).
    for (const header of ['[::1]x', '[::1]evil.example', '[::1]:4173evil', '[::1]:80:80', '[::1', '[::1]]'])
      expect(isLoopback(hostName(header)), header).toBe(false);
    for (const header of ['127.0.0.1.evil.com', 'localhost.evil', '127.0.0.1:4173evil', '::1', ''])
      expect(isLoopback(hostName(header)), header).toBe(false);
    for (const header of ['[::1]', '[::1]:80', '[::1]:', 'LOCALHOST', 'localhost:4173', '127.0.0.1:'])
      expect(isLoopback(hostName(header)), header).toBe(true);
  });
});

describe('isLoopbackHost', () => {
  it('accepts exactly one Host header that names this machine', () => {
    expect(isLoopbackHost(['127.0.0.1:4173'])).toBe(true);
    expect(isLoopbackHost(['[::1]:4173'])).toBe(true);
    // Two headers, even two loopback ones: a proxy in front might read the other.
    expect(isLoopbackHost(['127.0.0.1', 'evil.example'])).toBe(false);
    expect(isLoopbackHost(['127.0.0.1', '127.0.0.1'])).toBe(false);
    expect(isLoopbackHost([])).toBe(false);
    expect(isLoopbackHost(undefined)).toBe(false);
    expect(isLoopbackHost(['[::1]evil'])).toBe(false);
  });
});
