import { Button } from '@/components/Button';

export const App = () => <><Button /><Button /></>;
