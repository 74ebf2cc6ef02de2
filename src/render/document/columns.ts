/**
 * The step table's columns (TT | Trình tự | Trách nhiệm | Thời gian | Biểu mẫu / Kết quả) in percent of the text
 * width: one source for the Word file and the HTML the PDF prints. "Thời gian" holds "0,5 ngày làm việc" on two lines
 * at 12 pt; narrower, "4 giờ làm việc" broke over three while the forms' column stood mostly empty.
 */
export const STEP_COLUMNS = { no: 6, step: 38, body: 20, time: 14, forms: 22 } as const;
