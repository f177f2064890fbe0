import Btn, { OldCard, Legacy } from '@/legacy/ui';
import Only, { OldCard as Card2 } from '@/legacy/ui';

export const App = () => <OldCard><Btn /><Only /><Card2 /><Legacy /></OldCard>;
