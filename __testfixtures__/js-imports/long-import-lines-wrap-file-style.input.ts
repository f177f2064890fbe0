// The width is the file's widest line when it is wider than prettier's 80 (this line's 100 columns)
// and names go one per line indented as the file indents (a tab), with its quotes and semicolons.
// A directive above a declaration covers its first line only: names merged into it stay there.
import { formatRelativeDate } from "./dates/relative"
import { formatCalendarDay, formatCalendarWeek, keepDate } from "./dates/old-calendar"
import Button from "./components/button"
import { ButtonGroupWithLongName, ButtonToolbarWithLongName, IconButton } from "./old-button"
// eslint-disable-next-line import/no-deprecated
import { parseQueryString } from "./query/parse-url-parts"
import { parseHashFragmentStringLong, parseHostNameLong, parseSearch } from "./query/old-parse"
import { firstLongHelperName, secondLongHelperName, thirdLongHelperName } from "./helpers/old"

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
