import { asciiWords } from './fold.js';
import type { ChannelKind } from './types.js';

// Ways of filing as the national record (KENH 1, 2, 3), step tables and one-stop software name them, in ASCII words.
const CHANNEL_WORDS: [RegExp, ChannelKind][] = [
  [/^(1|(nop )?truc tiep|tai quay|tai bo phan mot cua|in person|counter|direct|offline)$/, 'in_person'],
  [/^(2|(nop )?truc tuyen|online|dvc|dich vu cong( truc tuyen)?|qua mang|internet)$/, 'online'],
  [/^(3|(qua )?(dich vu )?buu (chinh|dien)( cong ich)?|postal|post|mail|by (public )?postal service)$/, 'postal'],
];

/** A way of filing as officers and software write it (`Trực tuyến`, `qua bưu chính`, `online`, `2`), or undefined. */
export function channelOf(text: string): ChannelKind | undefined {
  const words = asciiWords(text);
  return CHANNEL_WORDS.find(([pattern]) => pattern.test(words))?.[1];
}
