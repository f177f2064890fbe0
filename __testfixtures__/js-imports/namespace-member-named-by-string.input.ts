import * as dates from '@/legacy/date';

jest.spyOn(dates, 'toISO').mockReturnValue('2020-01-01');
vi.spyOn(dates, "isWeekend");
sinon.stub(dates, 'toISO');
export const a = dates['toISO'](new Date());
export const b = dates.isWeekend(new Date());
