import { Button } from '@/components/Button';

export const pair = [Button, Button];
export { Button as Btn };
