// A bundler's query asks for a product of the file (Vite's ?worker, ?raw, ?url): the file's own move applies.
import HelperWorker from '../shared/helpers.ts?worker';
import utilsSource from '@/lib/utils?raw';
import dateUrl from '@/legacy/date?url';

export const assets = [HelperWorker, utilsSource, dateUrl];
