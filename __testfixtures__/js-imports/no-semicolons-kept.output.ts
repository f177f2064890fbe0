import { isWeekend } from '@/legacy/date'
import { formatDate } from '@/lib/date'
import { slugify } from '@/lib/utils'

export { formatDate, isWeekend, slugify }
