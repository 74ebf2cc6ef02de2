import { describe, expect, it } from 'vitest';
import { channelOf, channelsIn, channelNote, onlineGradeIn } from '../../src/model/channel-words.js';
import { planChannels } from '../../src/model/channel-split.js';
import { canonicalProcedure } from '../../src/model/lenient.js';

// Ways of filing as the national record, step tables and Decree 42/2022/NĐ-CP's grades of online service name them.
describe('channelOf', () => {
  it.each([
    ['Trực tiếp', 'in_person'],
    ['Nộp trực tiếp tại Bộ phận Một cửa', 'in_person'],
    ['Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh', 'in_person'],
    ['Trực tuyến', 'online'],
    ['Trực tuyến toàn trình', 'online'],
    ['Dịch vụ công trực tuyến một phần', 'online'],
    ['DVC trực tuyến một phần', 'online'],
    ['DVCTT toàn trình', 'online'],
    ['Qua DVC trực tuyến', 'online'],
    ['Cổng Dịch vụ công quốc gia', 'online'],
    ['Nộp hồ sơ trực tuyến qua Cổng Dịch vụ công tỉnh', 'online'],
    ['Qua dịch vụ bưu chính công ích', 'postal'],
    ['Qua bưu điện', 'postal'],
    // As portals write them: "nộp hồ sơ" before the way, the place after it.
    ['Nộp hồ sơ trực tiếp', 'in_person'],
    ['Nộp hồ sơ trực tiếp tại Bộ phận Một cửa', 'in_person'],
    ['Nộp hồ sơ trực tiếp tại UBND xã', 'in_person'],
    ['Hồ sơ nộp trực tiếp tại Trung tâm Phục vụ hành chính công', 'in_person'],
    ['Gửi hồ sơ qua dịch vụ bưu chính công ích', 'postal'],
    ['Nộp hồ sơ qua bưu chính tại bưu cục gần nhất', 'postal'],
    ['Nộp hồ sơ trực tuyến trên Cổng dịch vụ công tỉnh', 'online'],
    // The portal and the app by their everyday names, as officers and exports write them.
    ['Cổng DVC quốc gia', 'online'],
    ['Cổng DVC', 'online'],
    ['Qua Cổng DVCQG', 'online'],
    ['Ứng dụng VNeID', 'online'],
    ['Nộp qua VNeID', 'online'],
  ])('%s is %s', (text, kind) => {
    expect(channelOf(text)).toBe(kind);
  });

  it.each([
    'Trực tiếp hoặc trực tuyến',
    'Qua điện thoại',
    'Trực tuyến và bưu chính',
    'Nộp qua Zalo',
    'Cổng thông tin điện tử',
    'Ứng dụng Zalo',
    // A place that is itself a way of filing names two ways.
    'Nộp trực tiếp qua bưu chính',
  ])('%s is no one way of filing', (text) => {
    expect(channelOf(text)).toBeUndefined();
  });
});

// The names on one line, as a catalog cell or a published procedure gives them.
describe('channelsIn', () => {
  it.each([
    ['Trực tiếp; Trực tuyến', ['in_person', 'online']],
    ['Trực tiếp hoặc trực tuyến', ['in_person', 'online']],
    ['Nộp hồ sơ trực tiếp hoặc trực tuyến trên Cổng dịch vụ công tỉnh', ['in_person', 'online']],
    ['Trực tuyến và bưu chính', ['online', 'postal']],
    [
      'Nộp trực tiếp tại Bộ phận Một cửa, qua dịch vụ bưu chính công ích hoặc trực tuyến',
      ['in_person', 'postal', 'online'],
    ],
    ['Trực tiếp/Trực tuyến', ['in_person', 'online']],
    ['Trực tiếp\nTrực tuyến\n', ['in_person', 'online']],
    ['Trực tuyến; trực tuyến toàn trình', ['online']],
    // The grades listed after online filing, as the national record gives a limit for both.
    ['Trực tuyến một phần, toàn trình', ['online']],
    ['Trực tiếp, trực tuyến toàn trình và một phần', ['in_person', 'online']],
    ['online', ['online']],
  ])('%j names %j', (text, kinds) => {
    expect(channelsIn(text)).toEqual({ kinds });
  });

  it('says which name is no way of filing', () => {
    expect(channelsIn('Trực tiếp; qua điện thoại')).toEqual({ unread: 'qua điện thoại' });
    expect(channelsIn(' ; ')).toEqual({ unread: ' ; ' });
  });
});

describe('the grade of online filing', () => {
  it('keeps "một phần" and "toàn trình" in the note, since the kind is online either way', () => {
    const procedure = canonicalProcedure({
      steps: [],
      channels: [
        { kind: 'Trực tuyến một phần', fee: 8000 },
        { kind: 'DVC trực tuyến toàn trình', note: 'Qua Cổng Dịch vụ công quốc gia' },
        'Trực tuyến một phần',
        { kind: 'Trực tuyến một phần', note: 'Dịch vụ công trực tuyến một phần' },
        { kind: 'Trực tuyến' },
      ],
    });
    expect(procedure.channels).toEqual([
      { kind: 'online', fee: '8.000 đồng', note: 'Trực tuyến một phần' },
      { kind: 'online', note: 'Trực tuyến toàn trình; Qua Cổng Dịch vụ công quốc gia' },
      { kind: 'online', note: 'Trực tuyến một phần' },
      { kind: 'online', note: 'Dịch vụ công trực tuyến một phần' },
      { kind: 'online' },
    ]);
    expect(channelNote('Trực tiếp', undefined)).toBeUndefined();
  });

  it('keeps the app, the portal and the place a name says in the note too, without the verb before it', () => {
    const procedure = canonicalProcedure({
      id: 'QT-X',
      title: 'X',
      revision: 1,
      effective: '2025-07-01',
      time_limit: '5d',
      steps: [],
      channels: [
        'Ứng dụng VNeID',
        { kind: 'Cổng DVC quốc gia', time_limit: '4d' },
        'Nộp hồ sơ trực tiếp tại UBND xã',
        { kind: 'Qua bưu chính', note: 'Bưu điện huyện' },
        'Nộp hồ sơ trực tiếp',
        'qua dịch vụ bưu chính công ích',
      ],
    });
    expect(procedure.channels).toEqual([
      { kind: 'online', note: 'Ứng dụng VNeID' },
      { kind: 'online', time_limit: '4d', note: 'Cổng DVC quốc gia' },
      { kind: 'in_person', note: 'Trực tiếp tại UBND xã' },
      { kind: 'postal', note: 'Bưu điện huyện' },
      { kind: 'in_person' },
      { kind: 'postal' },
    ]);
  });

  it('keeps both grades, in the order written, where one limit is given for both', () => {
    expect(onlineGradeIn('Trực tuyến một phần, toàn trình')).toBe('Trực tuyến một phần và toàn trình');
    expect(onlineGradeIn('trực tuyến toàn trình, một phần')).toBe('Trực tuyến toàn trình và một phần');
    expect(onlineGradeIn('Trực tiếp, trực tuyến toàn trình')).toBe('Trực tuyến toàn trình');
    expect(onlineGradeIn('Trực tiếp')).toBeUndefined();
    // A grade alone is no way of filing before online filing is named.
    expect(channelsIn('toàn trình, trực tuyến')).toEqual({ unread: 'toàn trình' });
  });
});

describe('planChannels: a split limit with the channels named on one line', () => {
  it('keeps the grade of online filing the line names in the note of its channel', () => {
    const plan = planChannels('Trực tiếp; Trực tuyến toàn trình', '05 ngày làm việc', [
      { kind: 'in_person' },
      { kind: 'online', limit: '04 ngày làm việc' },
    ]);
    expect(plan).toEqual({
      edits: {
        write: [{ kind: 'in_person' }, { kind: 'online', note: 'Trực tuyến toàn trình', limit: '04 ngày làm việc' }],
      },
      merged: [{ kind: 'in_person' }, { kind: 'online', note: 'Trực tuyến toàn trình', limit: '04 ngày làm việc' }],
    });
  });
});
