import * as dates from '@/legacy/date';

jest.spyOn(dates, 'isWeekend');
jest.spyOn(dates, 'formatDate').mockReturnValue('today');
export const label = dates.formatDate(new Date());
