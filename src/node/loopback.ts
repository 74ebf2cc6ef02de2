import { isIP } from 'node:net';

/**
 * Whether an address reaches only this machine: localhost, 127.0.0.0/8 and ::1 (bracketed or not, and IPv4 mapped
 * into IPv6). Names other than localhost are not resolved: one could point anywhere.
 */
export function isLoopback(address: string): boolean {
  const bare = address.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  const v4 = bare.replace(/^::ffff:/, '');
  return isIP(v4) === 4 && v4.startsWith('127.');
}

/** The host name of a Host header ("127.0.0.1:4173", "[::1]:4173"), without its port. */
export function hostName(header: string): string {
  return header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.replace(/:\d*$/, '');
}
