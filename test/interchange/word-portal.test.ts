import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sequenceItems } from '../../src/interchange/draft.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Procedures as the national portal (dichvucong.gov.vn) and a province's decision announcing procedures (Quyết định
// công bố TTHC) lay them out: labelled lines in their long forms ("Cơ quan thực hiện thủ tục hành chính: …"), each
// after a list dash in a decision, the sequence as "Bước 1: …" lines; and an ISO document whose numbered headings have
// their text on the line under them.
const DIR = join(ROOT, 'test/interchange/fixtures/cong-bo');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-portal-'));

/** Imports one document into a fresh folder: the run and each procedure file written, by name. */
async function imported(name: string) {
  const out = fresh();
  const run = await runCli(['import', '--lang', 'en', join(DIR, name), '-o', out, '--effective', '01/07/2025']);
  const files = Object.fromEntries(
    readdirSync(out).map((file) => [file, readFileSync(join(out, file), 'utf8')] as const),
  );
  const procedures = Object.fromEntries(
    Object.entries(files).map(([file, text]) => [file, parse(text) as Record<string, unknown>]),
  );
  return { run, out, files, procedures };
}

describe('procmap import: the portal’s and a decision’s layout of a procedure in Word', () => {
  it('ends the dossier’s list at the next labelled line, which is read as its field', async () => {
    const { run, procedures } = await imported('ho-so-roi-nhan.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const procedure = procedures['dang-ky-thuong-tru.yaml']!;
    expect(procedure.dossier).toEqual([
      { name: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01)' },
      { name: 'Giấy tờ chứng minh chỗ ở hợp pháp' },
    ]);
    expect(procedure.time_limit).toBe('07 ngày làm việc');
    expect(procedure.agency).toBe('Công an cấp xã');
    expect(procedure.legal_basis).toEqual(['Luật Cư trú số 68/2020/QH14 ngày 13/11/2020']);
  });

  it('reads the portal’s long labels, and keeps where to file in the channels’ notes, not again in the file’s', async () => {
    const { run, files, procedures } = await imported('nhan-dai.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const procedure = procedures['dang-ky-thuong-tru.yaml']!;
    expect(procedure.agency).toBe('Công an cấp xã');
    expect(procedure.channels).toEqual([
      { kind: 'in_person', note: 'Trực tiếp tại Công an cấp xã' },
      { kind: 'online', note: 'Trực tuyến qua Cổng Dịch vụ công quốc gia' },
    ]);
    expect(procedure.conditions).toEqual(['Công dân có chỗ ở hợp pháp']);
    expect(procedure.forms).toEqual([{ name: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01)' }]);
    expect(procedure.legal_basis).toEqual([
      'Luật Cư trú số 68/2020/QH14 ngày 13/11/2020',
      'Nghị định số 154/2024/NĐ-CP ngày 26/11/2024',
    ]);
    expect(files['dang-ky-thuong-tru.yaml']).not.toContain('#   Cách thức thực hiện:');
  });

  it('counts in its report only the values it read into no field', async () => {
    // Where to file ("Trực tiếp tại Bộ phận Một cửa UBND cấp xã") is the channel's note: said kept, it was not.
    const { run, files, procedures } = await imported('quyet-dinh-ba-thu-tuc.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(procedures['2.000884.yaml']!.channels).toEqual([
      { kind: 'in_person', note: 'Trực tiếp tại Bộ phận Một cửa UBND cấp xã' },
    ]);
    expect(run.stdout).not.toMatch(/kept in the note/u);
    expect(files['2.000884.yaml']).not.toContain('# Ghi chú');
  });

  it('splits a dossier of one line at its ";", and reads the count of sets closing it as the dossier’s', async () => {
    // "Thành phần, số lượng hồ sơ: Văn bản đăng ký theo Mẫu B1; Danh sách …; Bản tóm tắt …. Số lượng hồ sơ: 01 bộ."
    const { run, procedures } = await imported('quyet-dinh-ba-thu-tuc.docx');
    expect([run.code, run.stderr]).toEqual([0, '']);
    const procedure = procedures['1.001078.yaml']!;
    expect(procedure.dossier).toEqual([
      { name: 'Văn bản đăng ký theo Mẫu B1' },
      { name: 'Danh sách những người tham gia sinh hoạt tôn giáo tập trung' },
      { name: 'Bản tóm tắt giáo lý, giáo luật, lễ nghi' },
    ]);
    expect(procedure.dossier_count).toBe('01 bộ');
  });

  it('reads a numbered heading’s text on the line under it, and keeps a form its table does not list', async () => {
    const { run, files, procedures } = await imported('iso-de-muc-so.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '               1 line under a heading procmap could not read kept in the note: write them in the file\n',
    );
    const procedure = procedures['QT-TP-05.yaml']!;
    expect(procedure.agency).toBe('Sở Tư pháp tỉnh Bắc Ninh');
    expect(procedure.applicants).toBe('Công dân Việt Nam');
    expect(procedure.channels).toEqual([
      { kind: 'in_person', note: 'Trực tiếp tại Bộ phận Một cửa Sở Tư pháp' },
      { kind: 'postal' },
      { kind: 'online', note: 'Trực tuyến trên Cổng Dịch vụ công quốc gia' },
    ]);
    expect(files['QT-TP-05.yaml']).toContain(
      '#   Biểu mẫu: Mẫu số 03/2013/TT-LLTP: Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp\n',
    );
  });

  it('reads the sequence’s steps as draft steps, in order, named without their numbers', async () => {
    const { run, procedures } = await imported('cong-bo-mot-thu-tuc.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "               3 draft steps from the public sequence: write each one's body and duration\n",
    );
    expect(run.stdout).not.toContain('no sequence');
    const procedure = procedures['1.004194.yaml']!;
    expect(procedure.steps).toEqual([
      { id: 's1', name: 'Công dân chuẩn bị hồ sơ theo quy định', body: 'CQ', duration: '0h', draft: true },
      {
        id: 's2',
        name: 'Nộp hồ sơ tại Công an cấp xã hoặc qua Cổng dịch vụ công',
        body: 'CQ',
        duration: '0h',
        draft: true,
      },
      { id: 's3', name: 'Nhận kết quả', body: 'CQ', duration: '0h', draft: true },
    ]);
    // Every labelled line after the dossier's papers is its own field, not a paper.
    expect(procedure.dossier).toEqual([
      { name: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01)' },
      { name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp' },
    ]);
    expect(procedure).toMatchObject({
      dossier_count: '01 (một) bộ',
      applicants: 'Công dân Việt Nam',
      agency: 'Công an cấp xã',
      result: 'Thông báo về kết quả giải quyết, cập nhật thông tin vào Cơ sở dữ liệu về cư trú.',
      conditions: ['Công dân có chỗ ở hợp pháp thuộc quyền sở hữu của mình'],
    });
  });

  it('reads each field after a list dash, as a decision announcing procedures writes them', async () => {
    const { run, procedures } = await imported('cong-bo-gach-dau-dong.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const dashed = procedures['1.004194.yaml']!;
    const plain = (await imported('cong-bo-mot-thu-tuc.docx')).procedures['1.004194.yaml']!;
    expect(dashed).toEqual(plain);
  });

  it('imports each procedure a decision announces as its own file, with its field and level', async () => {
    const { run, out, procedures } = await imported('cong-bo-hai-thu-tuc.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('test/interchange/fixtures/cong-bo/').join('F/')).toBe(
      `imported     ${out}/1.004194.yaml  ← F/cong-bo-hai-thu-tuc.docx (1.004194)\n` +
        "               3 draft steps from the public sequence: write each one's body and duration\n" +
        `imported     ${out}/1.001776.yaml  ← F/cong-bo-hai-thu-tuc.docx (1.001776)\n` +
        "               3 draft steps from the public sequence: write each one's body and duration\n" +
        '2 imported, 0 skipped\n',
    );
    expect(procedures['1.004194.yaml']).toMatchObject({
      title: 'Đăng ký thường trú',
      level: 'commune',
      field: 'Đăng ký, quản lý cư trú',
      time_limit: '07 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ và hợp lệ.',
    });
    expect(procedures['1.001776.yaml']).toMatchObject({
      title: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng',
      field: 'Bảo trợ xã hội',
      agency: 'Chủ tịch UBND cấp xã',
      legal_basis: ['Nghị định số 20/2021/NĐ-CP ngày 15/3/2021'],
      conditions: [],
    });
  });
});

describe('sequenceItems', () => {
  it('names a step by its numbered line and details it with the lines under it', () => {
    expect(
      sequenceItems(
        'Bước 1: Chuẩn bị hồ sơ\nBước 2: Nộp hồ sơ theo một trong các cách:\n- Trực tiếp tại UBND xã\n- Trực tuyến\nBước 3: Nhận kết quả',
      ),
    ).toEqual([
      'Chuẩn bị hồ sơ',
      'Nộp hồ sơ theo một trong các cách:\n- Trực tiếp tại UBND xã\n- Trực tuyến',
      'Nhận kết quả',
    ]);
    // Without numbered steps, a step a line, as before.
    expect(sequenceItems('- Tiếp nhận\n- Giải quyết')).toEqual(['Tiếp nhận', 'Giải quyết']);
  });
});
