export * as locales from "../i18n/locales/index.js";
import { en } from "../i18n/locales/index";
import { fr } from "../i18n/locales";
import { de } from "../i18n/locales/de.js";
import { it } from "../i18n/locales/extra/index.js";
export const x = [en, fr, de, it];
