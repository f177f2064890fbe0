import type { WidgetProps } from '@/components/Widget';
import { helper } from '@/legacy/widgets';
import Widget from '@/components/Widget';
import W2 from '@/components/Widget';

export const App = (p: WidgetProps) => <Widget {...p}>{helper()}<W2 /></Widget>;
