import type { WidgetProps } from '@/components/Widget';
import { Widget, helper } from '@/legacy/widgets';
import { Widget as W2 } from '@/legacy/widgets';

export const App = (p: WidgetProps) => <Widget {...p}>{helper()}<W2 /></Widget>;
