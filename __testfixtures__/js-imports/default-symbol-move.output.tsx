import { Button } from '@/components/Button';
import { Button as Primary } from '@/components/Button';

export const App = () => <><Button /><Primary /></>;
