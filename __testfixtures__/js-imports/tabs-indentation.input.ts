export async function load() {
	const { formatDate, isWeekend } = require('@/legacy/date');
	return [formatDate, isWeekend];
}
