import { OldCard } from '@/legacy/ui';

export function Page() {
  return (
    <OldCard title="x">
      <OldCard.Body />
    </OldCard>
  );
}
