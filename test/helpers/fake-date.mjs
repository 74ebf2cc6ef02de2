// Preloaded with NODE_OPTIONS=--import to run procmap on another day: PROCMAP_FAKE_NOW (an ISO date-time) becomes
// "now" for Date.now() and new Date(). Lets a test prove that output does not depend on the day it is run.
const fixed = Date.parse(process.env.PROCMAP_FAKE_NOW ?? '');
if (!Number.isNaN(fixed)) {
  const RealDate = Date;
  class FakeDate extends RealDate {
    constructor(...args) {
      super(...(args.length === 0 ? [fixed] : args));
    }
    static now() {
      return fixed;
    }
  }
  globalThis.Date = FakeDate;
}
