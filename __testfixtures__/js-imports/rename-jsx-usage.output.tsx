import { Card } from '@/components/Card';

export function Page() {
  return (
    <Card title="x">
      <Card.Body />
    </Card>
  );
}
