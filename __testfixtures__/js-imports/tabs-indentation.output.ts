export async function load() {
	const { isWeekend } = require('@/legacy/date');
	const { formatDate } = require('@/lib/date');
	return [formatDate, isWeekend];
}
