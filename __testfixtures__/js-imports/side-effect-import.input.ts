import '@/legacy/utils';
import './polyfills';
