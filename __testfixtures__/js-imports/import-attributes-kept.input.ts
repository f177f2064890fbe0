import data from '@/legacy/utils' with { type: 'json' };

export default data;
