import type { Lang } from '../../i18n.js';

/** Every fixed word a process document prints, in the order the document shows them. */
export interface DocumentLabels {
  documentKind: string;
  code: string;
  revision: string;
  effective: string;
  page: string;
  nationalCode: string;
  signoff: string;
  preparedBy: string;
  reviewedBy: string;
  approvedBy: string;
  signature: string;
  signName: string;
  signTitle: string;
  history: string;
  historyRevision: string;
  historyDate: string;
  historyChanges: string;
  purpose: string;
  scope: string;
  legalBasis: string;
  definitions: string;
  term: string;
  meaning: string;
  content: string;
  conditions: string;
  dossier: string;
  dossierNo: string;
  dossierName: string;
  dossierCopies: string;
  dossierForm: string;
  dossierCount: string;
  time: string;
  timeLimit: string;
  timeTotal: string;
  timeCriticalPath: string;
  place: string;
  fee: string;
  result: string;
  flowchart: string;
  steps: string;
  stepNo: string;
  stepName: string;
  stepBody: string;
  stepTime: string;
  stepForms: string;
  stepTotal: string;
  forms: string;
  formCode: string;
  formName: string;
  records: string;
  recordName: string;
  recordKeeper: string;
  recordRetention: string;
  notApplicable: string;
  /** What a list the procedure says is empty prints: "Không" conditions are none, not "not laid down". */
  none: string;
  level: string;
  field: string;
  agency: string;
  fourOnTheSpot: string;
  issued: string;
  applicants: string;
  channels: string;
  channelKind: string;
  channelLimit: string;
  channelFee: string;
  channelNote: string;
  dossierCase: string;
  dossierOriginals: string;
  dossierCopiesOnly: string;
  historyPages: string;
  historyNote: string;
  stepInputs: string;
  cutoff: string;
  /** Beside a channel's own limit that the cutoff moves, when the procedure's limit is one it does not move. */
  channelCutoff: string;
  legend: string;
  /** The caption of one page of a flowchart split over several: `{part}` and `{parts}` are numbers. */
  flowchartPart: string;
  /** Added to the caption of every page of a split flowchart but the last. */
  flowchartContinued: string;
  /** After flowchartContinued on a piece whose cut overlaps the next one. */
  flowchartOverlap: string;
  /** The flowchart's symbols and what each means. */
  legendItems: string[];
}

const VI: DocumentLabels = {
  documentKind: 'QUY TRÌNH',
  code: 'Mã hiệu',
  revision: 'Lần ban hành',
  effective: 'Ngày hiệu lực',
  page: 'Trang',
  nationalCode: 'Mã TTHC',
  signoff: 'Trách nhiệm',
  preparedBy: 'Người soạn thảo',
  reviewedBy: 'Người kiểm tra',
  approvedBy: 'Người phê duyệt',
  signature: 'Chữ ký',
  signName: 'Họ và tên',
  signTitle: 'Chức vụ',
  history: 'THEO DÕI SỬA ĐỔI TÀI LIỆU',
  historyRevision: 'Lần ban hành',
  historyDate: 'Ngày',
  historyChanges: 'Nội dung sửa đổi',
  purpose: 'MỤC ĐÍCH',
  scope: 'PHẠM VI ÁP DỤNG',
  legalBasis: 'TÀI LIỆU VIỆN DẪN',
  definitions: 'ĐỊNH NGHĨA, VIẾT TẮT',
  term: 'Thuật ngữ, viết tắt',
  meaning: 'Giải thích',
  content: 'NỘI DUNG QUY TRÌNH',
  conditions: 'Điều kiện thực hiện',
  dossier: 'Thành phần hồ sơ',
  dossierNo: 'TT',
  dossierName: 'Tên giấy tờ',
  dossierCopies: 'Số lượng',
  dossierForm: 'Mẫu đơn, tờ khai',
  dossierCount: 'Số lượng hồ sơ',
  time: 'Thời gian xử lý',
  timeLimit: 'Thời hạn giải quyết theo quy định',
  timeTotal: 'Tổng thời gian các bước (đường găng)',
  timeCriticalPath: 'Các bước trên đường găng',
  place: 'Nơi tiếp nhận và trả kết quả',
  fee: 'Phí, lệ phí',
  result: 'Kết quả giải quyết',
  flowchart: 'Lưu đồ',
  steps: 'Trình tự thực hiện',
  stepNo: 'TT',
  stepName: 'Trình tự',
  stepBody: 'Trách nhiệm',
  stepTime: 'Thời gian',
  stepForms: 'Biểu mẫu / Kết quả',
  stepTotal: 'Tổng thời gian giải quyết',
  forms: 'BIỂU MẪU',
  formCode: 'Mã hiệu',
  formName: 'Tên biểu mẫu',
  records: 'HỒ SƠ CẦN LƯU',
  recordName: 'Hồ sơ lưu',
  recordKeeper: 'Trách nhiệm lưu',
  recordRetention: 'Thời gian lưu',
  notApplicable: 'Chưa quy định',
  none: 'Không',
  level: 'Cấp thực hiện',
  field: 'Lĩnh vực',
  agency: 'Cơ quan thực hiện',
  fourOnTheSpot: 'Thực hiện theo cơ chế “4 tại chỗ”',
  issued: 'Ngày ban hành',
  applicants: 'Đối tượng thực hiện',
  channels: 'Cách thức thực hiện',
  channelKind: 'Cách thức',
  channelLimit: 'Thời hạn giải quyết',
  channelFee: 'Phí, lệ phí',
  channelNote: 'Ghi chú',
  dossierCase: 'Trường hợp',
  dossierOriginals: 'Bản chính',
  dossierCopiesOnly: 'Bản sao',
  historyPages: 'Trang / vị trí sửa đổi',
  historyNote: 'Ghi chú',
  stepInputs: 'Đầu vào',
  cutoff: 'Giờ tiếp nhận cuối ngày (nhận sau giờ này tính từ ngày làm việc tiếp theo)',
  channelCutoff: 'nhận sau {cutoff} tính từ ngày làm việc tiếp theo',
  legend: 'Chú giải',
  flowchartPart: 'Lưu đồ, phần {part}/{parts}',
  flowchartContinued: 'tiếp theo ở trang sau',
  flowchartOverlap: 'các phần chồng lên nhau ở mép',
  legendItems: [
    'Hình bầu dục: bắt đầu, kết thúc',
    'Hình chữ nhật: một bước (số thứ tự, tên, thời gian)',
    'Hình thoi: rẽ nhánh theo câu hỏi, nhãn trên mũi tên là câu trả lời',
    'Thanh đậm: tách hoặc nhập các nhánh làm song song',
    'Viền đỏ, nét đậm: đường găng',
    'Mỗi làn dọc: một đơn vị thực hiện',
  ],
};

const EN: DocumentLabels = {
  documentKind: 'PROCESS',
  code: 'Code',
  revision: 'Revision',
  effective: 'Effective',
  page: 'Page',
  nationalCode: 'Procedure code',
  signoff: 'Responsibility',
  preparedBy: 'Prepared by',
  reviewedBy: 'Reviewed by',
  approvedBy: 'Approved by',
  signature: 'Signature',
  signName: 'Name',
  signTitle: 'Position',
  history: 'AMENDMENT HISTORY',
  historyRevision: 'Revision',
  historyDate: 'Date',
  historyChanges: 'Changes',
  purpose: 'PURPOSE',
  scope: 'SCOPE',
  legalBasis: 'REFERENCES',
  definitions: 'DEFINITIONS AND ABBREVIATIONS',
  term: 'Term',
  meaning: 'Meaning',
  content: 'PROCESS DESCRIPTION',
  conditions: 'Conditions',
  dossier: 'Dossier components',
  dossierNo: 'No.',
  dossierName: 'Document',
  dossierCopies: 'Copies',
  dossierForm: 'Form',
  dossierCount: 'Number of dossiers',
  time: 'Processing time',
  timeLimit: 'Statutory time limit',
  timeTotal: 'Total of the steps (critical path)',
  timeCriticalPath: 'Steps on the critical path',
  place: 'Where the dossier is received and the result returned',
  fee: 'Fees and charges',
  result: 'Result',
  flowchart: 'Flowchart',
  steps: 'Steps',
  stepNo: 'No.',
  stepName: 'Step',
  stepBody: 'Responsible',
  stepTime: 'Time',
  stepForms: 'Forms / Result',
  stepTotal: 'Total processing time',
  forms: 'FORMS',
  formCode: 'Code',
  formName: 'Form',
  records: 'RECORDS TO KEEP',
  recordName: 'Record',
  recordKeeper: 'Kept by',
  recordRetention: 'Retention',
  notApplicable: 'Not specified',
  none: 'None',
  level: 'Level',
  field: 'Field',
  agency: 'Implementing agency',
  fourOnTheSpot: 'Handled “four on the spot” (received, appraised, approved and returned at the centre)',
  issued: 'Issued',
  applicants: 'Applicants',
  channels: 'Ways to file the dossier',
  channelKind: 'Channel',
  channelLimit: 'Time limit',
  channelFee: 'Fee',
  channelNote: 'Note',
  dossierCase: 'Case',
  dossierOriginals: 'Originals',
  dossierCopiesOnly: 'Copies',
  historyPages: 'Pages amended',
  historyNote: 'Note',
  stepInputs: 'Inputs',
  cutoff: 'Last receipt time (later dossiers count from the next working day)',
  channelCutoff: 'received after {cutoff}: counted from the next working day',
  legend: 'Legend',
  flowchartPart: 'Flowchart, part {part} of {parts}',
  flowchartContinued: 'continued on the next page',
  flowchartOverlap: 'the parts overlap at their edges',
  legendItems: [
    'Rounded box: start, end',
    'Rectangle: one step (number, name, time)',
    'Diamond: a decision on its question, the labels on the arrows are the answers',
    'Thick bar: parallel branches split or join',
    'Red, thick outline: the critical path',
    'Each column: one responsible body',
  ],
};

/** The fixed words of a process document in a language. */
export function documentLabels(lang: Lang): DocumentLabels {
  return lang === 'vi' ? VI : EN;
}
