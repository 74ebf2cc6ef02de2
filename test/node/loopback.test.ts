import { describe, expect, it } from 'vitest';
import { hostName, isLoopback } from '../../src/node/loopback.js';

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
