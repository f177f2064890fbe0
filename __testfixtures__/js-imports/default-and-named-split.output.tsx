import { Legacy } from '@/legacy/ui';
import { Button as Btn } from '@/components/Button';
import { Card } from '@/components/Card';

export const App = () => <Card><Btn /><Btn /><Card /><Legacy /></Card>;
