import type { Server } from 'node:http';
import { UsageError } from '../errors.js';

/** An address and port as a person types them into a browser: `[::1]:4173`, `127.0.0.1:4173`. */
function shown(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * What went wrong opening an address, in words, for the reasons a person can act on; Node's own text ("listen
 * EADDRNOTAVAIL", "getaddrinfo ENOTFOUND") only as the code of a reason not foreseen.
 */
function cannotListen(error: NodeJS.ErrnoException, host: string, port: number): UsageError {
  const where = shown(host, port);
  switch (error.code) {
    case 'EADDRINUSE':
      return new UsageError({
        en: `Cannot listen on ${where}: the port is in use; pick another with --port`,
        vi: `Không mở được ${where}: cổng đang được dùng; hãy chọn cổng khác bằng --port`,
      });
    case 'EADDRNOTAVAIL':
      return new UsageError({
        en: `Cannot listen on ${where}: ${host} is not an address of this machine; leave out --host to serve on this machine only`,
        vi: `Không mở được ${where}: ${host} không phải địa chỉ của máy này; bỏ --host để chỉ phục vụ trên máy này`,
      });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return new UsageError({
        en: `Cannot listen on ${where}: no address is known by the name "${host}"; check --host`,
        vi: `Không mở được ${where}: không tìm thấy địa chỉ nào có tên "${host}"; hãy kiểm tra --host`,
      });
    case 'EACCES':
      return new UsageError({
        en: `Cannot listen on ${where}: this user may not open port ${port}; pick one from 1024 up with --port`,
        vi: `Không mở được ${where}: người dùng này không được mở cổng ${port}; hãy chọn cổng từ 1024 trở lên bằng --port`,
      });
    default:
      return new UsageError({
        en: `Cannot listen on ${where} (system error ${error.code ?? error.message})`,
        vi: `Không mở được ${where} (lỗi hệ thống ${error.code ?? error.message})`,
      });
  }
}

/** Opens a server on an address and port, or fails with a UsageError that names the address and says why. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((ready, fail) => {
    const onError = (error: NodeJS.ErrnoException) => fail(cannotListen(error, host, port));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.removeListener('error', onError);
      ready();
    });
  });
}
