export { default } from '@/legacy/ui';
export { default as Primary, OldCard } from '@/legacy/ui';
