// React.lazy, loadable, Next's dynamic, Vue's defineAsyncComponent read the module's default
// export alone: a loader of a module whose other members moved is no finding; one whose default
// moved is manual (the loader cannot be pointed at a named export).
import React, { lazy } from 'react';

const DatePage = lazy(() => import('@/legacy/date'));
const DatePage2 = React.lazy(() => import('@/legacy/date'));
const Button = lazy(() => import('@/legacy/ui'));
export const pages = [DatePage, DatePage2, Button];
