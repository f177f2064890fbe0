import { Button } from '@/components/Button';
import { Card } from '@/components/Card';

export const App = () => (
  <Card>
    <Button />
  </Card>
);
