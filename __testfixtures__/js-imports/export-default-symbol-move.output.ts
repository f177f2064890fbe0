export { Button as default } from '@/components/Button';
export { Button as Primary } from '@/components/Button';
export { Card as OldCard } from '@/components/Card';
