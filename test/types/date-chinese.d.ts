// date-chinese ships types, but its package.json "exports" hides them from NodeNext resolution: declare what the
// lunar-table test uses.
declare module 'date-chinese' {
  export class CalendarVietnamese {
    cycle: number;
    year: number;
    newYear(gregorianYear: number): number;
    fromJDE(jde: number): this;
    set(cycle: number, year: number, month: number, leap: boolean, day: number): this;
    toGregorian(): { year: number; month: number; day: number };
  }
}
