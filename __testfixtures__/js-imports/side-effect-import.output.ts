import '@/lib/utils';
import './polyfills';
