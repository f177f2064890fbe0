import { Legacy } from '@/legacy/ui';
import { Button as Btn } from '@/components/Button';
import { Card } from '@/components/Card';
import { Button as Only } from '@/components/Button';

export const App = () => <Card><Btn /><Only /><Card /><Legacy /></Card>;
