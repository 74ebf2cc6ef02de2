import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';

const file = (channels: string) =>
  `id: QT-X\ntitle: Thử\nrevision: 1\neffective: 2025-07-01\ntime_limit: 03 ngày làm việc\n${channels}steps:\n  - { id: B1, name: Nhận, body: Một cửa, duration: 4h }\n`;
const channelsOf = (channels: string) => {
  const { diagnostics, procedures } = lint([loadFile('p.yaml', Buffer.from(file(channels)))]);
  return { messages: diagnostics.map((d) => d.message), channels: procedures[0]?.procedure.channels };
};
const BOTH = [
  { kind: 'in_person', time_limit: '03 ngày làm việc' },
  { kind: 'online', time_limit: '02 ngày làm việc' },
];

describe('channels written each as its name and its limit', () => {
  it('reads a list of them, and a map of them, as the channels they name', () => {
    expect(channelsOf('channels:\n  - Trực tiếp: 03 ngày làm việc\n  - Trực tuyến: 02 ngày làm việc\n')).toEqual({
      messages: [],
      channels: BOTH,
    });
    expect(channelsOf('channels:\n  Trực tiếp: 03 ngày làm việc\n  Trực tuyến: 02 ngày làm việc\n')).toEqual({
      messages: [],
      channels: BOTH,
    });
  });

  it('reads them in quotes, as a list in brackets needs, and with and without a limit on one line', () => {
    expect(channelsOf('channels:\n  - "Trực tiếp: 03 ngày làm việc"\n  - "Trực tuyến: 02 ngày làm việc"\n')).toEqual({
      messages: [],
      channels: BOTH,
    });
    // The grade the name says stays in the note, as the name alone keeps it.
    expect(channelsOf('channels: [Trực tiếp, "Trực tuyến toàn trình: 02 ngày làm việc"]\n')).toEqual({
      messages: [],
      channels: [{ kind: 'in_person' }, { ...BOTH[1], note: 'Trực tuyến toàn trình' }],
    });
    expect(channelsOf('channels: "Trực tiếp; Trực tuyến: 02 ngày làm việc"\n')).toEqual({
      messages: [],
      channels: [{ kind: 'in_person' }, BOTH[1]],
    });
  });

  it('leaves a map whose keys are no channel names to the schema', () => {
    expect(channelsOf('channels:\n  Trực tiếp: 03 ngày làm việc\n  Qua Zalo: 02 ngày\n').messages).toHaveLength(1);
  });
});
