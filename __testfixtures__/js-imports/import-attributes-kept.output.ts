import data from '@/lib/utils' with { type: 'json' };

export default data;
