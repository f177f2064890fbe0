import Button from '@/legacy/ui';
import Primary from '@/legacy/ui';

export const App = () => <><Button /><Primary /></>;
