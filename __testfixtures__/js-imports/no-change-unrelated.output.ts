import { useState } from 'react';
import { slugify } from '@/lib/utils';
import legacyName from './legacy-utils';

const note = '@/legacy/utils';
export { useState, slugify, legacyName, note };
