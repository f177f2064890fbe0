import * as dates from '@/lib/date';

jest.spyOn(dates, 'toIsoString').mockReturnValue('2020-01-01');
vi.spyOn(dates, "isWeekend");
sinon.stub(dates, 'toIsoString');
export const a = dates['toIsoString'](new Date());
export const b = dates.isWeekend(new Date());
