import { formatDate, isWeekend } from "@/legacy/date";
import { slugify } from "@/legacy/utils";

export { formatDate, isWeekend, slugify };
