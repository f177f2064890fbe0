import { Button } from '@/components/Button';
import Btn from '@/legacy/ui';

export const pair = [Button, Btn];
export { Btn };
