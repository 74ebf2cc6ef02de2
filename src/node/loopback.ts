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
  // Only a port may follow a bracketed address: "[::1]evil" or "[::1]:80evil" is kept whole, so it names no loopback.
  if (header.startsWith('[')) return /^(\[[^\]]*\])(?::\d*)?$/.exec(header)?.[1] ?? header;
  return header.replace(/:\d*$/, '');
}

/**
 * Whether a request's Host headers (all of them, as received) name this machine: exactly one, and loopback. Two Host
 * headers are refused whatever they say, since a proxy in front could read the other one.
 */
export function isLoopbackHost(hosts: readonly string[] | undefined): boolean {
  return hosts?.length === 1 && isLoopback(hostName(hosts[0]!));
}
