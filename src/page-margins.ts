// Decree 30/2020/NĐ-CP, Phụ lục I: margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. Every page procmap
// lays out (the Word document, the workbooks) takes the smallest of each, which leaves the most room for the tables;
// the header and footer stand 10 mm from the edge.

/** The page margins of an administrative document, in millimetres. */
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } as const;

// A landscape page is printed on the same sheet turned a quarter: its top lies along the edge that is bound (the
// upright page's left, as printers and binders turn a landscape page), so the binding margin is its top. The Decree
// gives margins only for the upright sheet (Phụ lục I, I.3) and lets a page with a wide table be printed across it
// (I.2): turning its margins with the sheet keeps the 30 mm at the binding. Top 30 (the left's), bottom 15 (the
// right's), left and right 20 (the top's and the bottom's); the header stands 20 mm from the bound edge, clear of
// the holes a punch makes 12 mm in, where 10 mm would put it. The footer stands 9 mm from the edge: at 10 mm its line
// (9 pt and its rule) reached 15.5 mm up, past the 15 mm margin, and Word and LibreOffice pushed the page's text up.

/** The margins of a landscape page, in millimetres: the upright ones turned with the sheet (see above). */
export const LANDSCAPE_MARGINS_MM = { top: 30, bottom: 15, left: 20, right: 20, header: 20, footer: 9 } as const;
