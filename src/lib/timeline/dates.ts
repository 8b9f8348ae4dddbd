// Dates live in src/lib/time/: calendar days in day.ts, reading EDTF in edtf.ts and dates in
// words in describe-date.ts. They stay importable from here.
export { DAY, dayToMs, msToDay } from '../time/day';
export { edtfRange, extent, markKind, parse } from '../time/edtf';
export { describeDate, describeRange } from '../time/describe-date';
