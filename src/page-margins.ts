// Decree 30/2020/NĐ-CP, Phụ lục I: margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. Every page procmap
// lays out (the Word document, the workbooks) takes the smallest of each, which leaves the most room for the tables;
// the header and footer stand 10 mm from the edge.

/** The page margins of an administrative document, in millimetres. */
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } as const;
