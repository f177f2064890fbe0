import Button from '@/legacy/ui';
import { OldCard } from '@/legacy/ui';

export const App = () => (
  <OldCard>
    <Button />
  </OldCard>
);
