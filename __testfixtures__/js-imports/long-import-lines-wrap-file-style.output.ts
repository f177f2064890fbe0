// The width is the file's widest line when it is wider than prettier's 80 (this line's 100 columns)
// and names go one per line indented as the file indents (a tab), with its quotes and semicolons.
// A directive above a declaration covers its first line only: names merged into it stay there.
import { formatRelativeDate, formatCalendarDay, formatCalendarWeek } from "./dates/relative"
import { keepDate } from "./dates/old-calendar"
import Button, {
	ButtonGroupWithLongName,
	ButtonToolbarWithLongName,
	IconButton,
} from "./components/button"
// eslint-disable-next-line import/no-deprecated
import { parseQueryString, parseHashFragmentStringLong, parseHostNameLong } from "./query/parse-url-parts"
import { parseSearch } from "./query/old-parse"
import { thirdLongHelperName } from "./helpers/old"
import {
	firstLongHelperName,
	secondLongHelperName,
} from "./helpers/a-rather-long-canonical-helpers-module"

export function all() {
	return [formatRelativeDate, formatCalendarDay, formatCalendarWeek, keepDate, Button]
}

export function more() {
	return [ButtonGroupWithLongName, ButtonToolbarWithLongName, IconButton, parseQueryString]
}

export function rest() {
	return [parseHashFragmentStringLong, parseHostNameLong, parseSearch]
}

export function helpers() {
	return [firstLongHelperName, secondLongHelperName, thirdLongHelperName]
}
