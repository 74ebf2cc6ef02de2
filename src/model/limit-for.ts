// The words that say whom or where a limit after the general one is for, as land procedures publish it: "20 ngày làm
// việc đối với các xã miền núi", "… cho các xã miền núi", "… tại các xã đặc biệt khó khăn", "… với hồ sơ phức tạp".
// The earliest one splits: "đối với" is met before the "với" in it.
const LIMIT_FOR = /^([^()]+?) (?:đối với|doi voi|cho|tại|tai|với|voi|ở) (?:trường hợp |truong hop )?([^()]+)$/iu;

/**
 * A limit, then whom it is for ("không quá 20 ngày làm việc cho các xã miền núi"): the words before and after; the
 * caller reads the limit, so that no other words are taken for one. Undefined without such a word.
 */
export function limitFor(part: string): { limit: string; whom: string } | undefined {
  const found = LIMIT_FOR.exec(part);
  return found ? { limit: found[1]!.trim(), whom: found[2]!.trim() } : undefined;
}
