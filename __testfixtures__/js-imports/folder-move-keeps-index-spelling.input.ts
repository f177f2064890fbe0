export * as locales from "../locales/index.js";
import { en } from "../locales/index";
import { fr } from "../locales";
import { de } from "../locales/de.js";
import { it } from "../locales/extra/index.js";
export const x = [en, fr, de, it];
